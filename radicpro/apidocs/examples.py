"""Request and response examples of the main flows, by operationId (as the wire shows them)."""

_META = {"requestId": "req_3f2c9a1b7d4e4c0f9a1b2c3d"}

_SESSION = {"accessToken": "eyJhbGciOiJIUzI1NiJ9...", "refreshToken": "eyJhbGciOiJIUzI1NiJ9...",
            "expiresAt": 1764152400}

_EXPORT = {"exportId": "export_8c1d2e3f4a5b", "url": "https://files.example.com/exports/"
           "export_8c1d2e3f4a5b.png?expires=1764156000&signature=3b9f...",
           "format": "png", "resolution": "2x", "sizeBytes": 482113,
           "expiresAt": "2025-11-26T11:00:00Z", "width": 2160, "height": 2160, "warnings": []}

EXAMPLES: dict[str, dict] = {
    "auth_signup": {"request": {"signUp": {"summary": "A new account", "value": {
        "email": "maya@example.com", "password": "a long passphrase 42", "fullName": "Maya"}}}},
    "auth_login": {"request": {"signIn": {"summary": "Email and password", "value": {
        "email": "demo@radicpro.local", "password": "radic-demo-2025"}}}},
    "designs_create": {"request": {"blank": {"summary": "A blank Instagram post", "value": {
        "title": "Diwali sale", "format": "instagram_post"}}}},
    "designs_apply_patch": {"request": {"removeAndRecolour": {
        "summary": "Remove a layer and recolour the headline", "value": {"operations": [
            {"op": "remove_layer", "layerId": "layer_subheadline"},
            {"op": "update_layer", "layerId": "layer_headline",
             "changes": {"style": {"color": "#FFCC00"}}}]}}}},
    "ai_generate_designs": {"request": {"diwali": {
        "summary": "Three variants with a brand kit and a product photo", "value": {
            "prompt": "Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme, "
                      "show headphones",
            "format": "instagram_post", "brandKitId": "brand_5d6e7f8a9b0c",
            "productAssetId": "asset_1a2b3c4d5e6f", "options": {"variants": 3}}}}},
    "ai_edit_design": {"request": {"remove": {"summary": "An instruction", "value": {
        "designId": "design_9f8e7d6c5b4a", "instruction": "remove the subheadline"}}}},
    "exports_create": {
        "request": {"png2x": {"summary": "PNG at 2x", "value": {
            "designId": "design_9f8e7d6c5b4a", "format": "png", "resolution": "2x"}}},
        "responses": {"200": {"png2x": {"summary": "The signed URL of the file",
                                        "value": {"data": _EXPORT, "meta": _META}}},
                      "202": {"queued": {"summary": "With Prefer: respond-async", "value": {
                          "data": {"jobId": "job_7a6b5c4d3e2f", "id": "job_7a6b5c4d3e2f",
                                   "status": "queued", "progress": 0,
                                   "statusUrl": "https://api.example.com/v1/jobs/job_7a6b5c4d3e2f"},
                          "meta": _META}}}},
    },
    "jobs_get": {"responses": {"200": {"exportCompleted": {
        "summary": "A completed export job: result is the export's answer", "value": {
            "data": {"id": "job_7a6b5c4d3e2f", "jobId": "job_7a6b5c4d3e2f", "kind": "export",
                     "status": "completed", "progress": 100, "message": "Exported.",
                     "result": _EXPORT, "error": None, "creditsUsed": 0, "attempts": 1,
                     "createdAt": "2025-11-26T10:00:00Z", "startedAt": "2025-11-26T10:00:01Z",
                     "completedAt": "2025-11-26T10:00:03Z",
                     "updatedAt": "2025-11-26T10:00:03Z"},
            "meta": _META}}}}},
}
