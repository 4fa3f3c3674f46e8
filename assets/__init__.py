"""Uploaded and generated files: images, logos, fonts, exports."""
