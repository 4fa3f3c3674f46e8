"""What an uploaded SVG may contain: elements, attributes and CSS properties allowed by name."""

# Drawing, structure, text, paint servers, clipping/masking and filter primitives. Not here (so
# removed with their content): script, foreignObject, animation (set, animate...), feImage,
# handler/listener, iframe and other HTML, metadata, cursor, view, switch, marker.
ELEMENTS = frozenset({
    "svg", "g", "defs", "symbol", "use", "title", "desc", "style", "a",
    "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "image",
    "text", "tspan", "textPath",
    "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask",
    "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite",
    "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap", "feDistantLight",
    "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur",
    "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
    "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
})

# Elements whose text is kept: the rest may only hold elements (and whitespace).
TEXT_ELEMENTS = frozenset({"text", "tspan", "textPath", "title", "desc"})

# CSS properties allowed in style="" and <style>, and as presentation attributes.
CSS_PROPERTIES = frozenset({
    "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
    "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
    "stroke-dashoffset", "opacity", "color", "display", "visibility", "overflow",
    "font", "font-family", "font-size", "font-size-adjust", "font-weight", "font-style",
    "font-variant", "font-stretch", "font-kerning", "font-feature-settings", "letter-spacing",
    "word-spacing", "line-height", "text-anchor", "text-decoration", "text-transform",
    "dominant-baseline", "alignment-baseline", "baseline-shift", "writing-mode", "direction",
    "unicode-bidi", "white-space", "stop-color", "stop-opacity", "clip-path", "clip-rule",
    "mask", "mask-type", "filter", "flood-color", "flood-opacity", "lighting-color",
    "color-interpolation", "color-interpolation-filters", "color-rendering",
    "shape-rendering", "text-rendering", "image-rendering", "isolation", "mix-blend-mode",
    "paint-order", "vector-effect", "transform", "transform-origin", "transform-box",
})

# CSS functions allowed in those values; url() only as a reference inside the document (#id).
CSS_FUNCTIONS = frozenset({
    "url", "rgb", "rgba", "hsl", "hsla", "calc", "min", "max", "clamp", "var",
    "matrix", "translate", "translatex", "translatey", "scale", "scalex", "scaley",
    "rotate", "skew", "skewx", "skewy",
})

# Attributes that are not CSS: geometry, structure, paint servers, text and filters.
PLAIN_ATTRIBUTES = frozenset({
    "id", "class", "x", "y", "width", "height", "rx", "ry", "cx", "cy", "r", "fx", "fy", "fr",
    "x1", "y1", "x2", "y2", "d", "points", "pathLength", "viewBox", "preserveAspectRatio",
    "version", "baseProfile", "lang", "refX", "refY", "offset",
    "gradientUnits", "gradientTransform", "spreadMethod",
    "patternUnits", "patternContentUnits", "patternTransform",
    "clipPathUnits", "maskUnits", "maskContentUnits", "filterUnits", "primitiveUnits",
    "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "method", "spacing",
    "side", "in", "in2", "result", "stdDeviation", "mode", "type", "values", "operator",
    "k1", "k2", "k3", "k4", "radius", "tableValues", "slope", "intercept", "amplitude",
    "exponent", "baseFrequency", "numOctaves", "seed", "stitchTiles", "scale",
    "xChannelSelector", "yChannelSelector", "order", "kernelMatrix", "divisor", "bias",
    "targetX", "targetY", "edgeMode", "kernelUnitLength", "preserveAlpha", "surfaceScale",
    "diffuseConstant", "specularConstant", "specularExponent", "azimuth", "elevation", "z",
    "pointsAtX", "pointsAtY", "pointsAtZ", "limitingConeAngle", "media",
})
