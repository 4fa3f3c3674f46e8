"""Rendering design documents and the export API."""
