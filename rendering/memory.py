"""Process memory tuning for rendering: keep large buffers on the heap instead of fresh mmaps.

glibc serves allocations over ~128 KB–32 MB with mmap and returns them on free, so every
canvas, tile and encoded scanline buffer is page-faulted in anew: on the 2-core worker that
made copying a 2160×2160 image 4× slower. Raising the mmap and trim thresholds lets freed
blocks be reused. Applied once per process on the first render; set
RADICPRO_RENDER_MALLOPT=0 to leave the allocator alone."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
import threading

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
THRESHOLD_BYTES = 32 * 1024 * 1024  # glibc's ceiling for the mmap threshold on 64-bit
_done = False
_lock = threading.Lock()


def tune_allocator() -> bool:
    """Apply the thresholds (Linux/glibc only); True when they are in effect."""
    global _done
    if _done:
        return True
    with _lock:
        if _done or os.environ.get("RADICPRO_RENDER_MALLOPT", "1") == "0" or not sys.platform.startswith("linux"):
            return _done
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            ok = libc.mallopt(M_MMAP_THRESHOLD, THRESHOLD_BYTES) == 1
            ok = libc.mallopt(M_TRIM_THRESHOLD, 4 * THRESHOLD_BYTES) == 1 and ok
        except (OSError, AttributeError):
            ok = False
        _done = ok
        return ok
