"""A summary and a description for every operation and tag of the API (by operationId).

A view's own `extend_schema(summary=..., description=...)` wins; these fill what it leaves
out, so the docs page lists "Create a design" rather than a bare path.
"""

TAGS = [
    ("auth", "Sign up, sign in and refresh sessions (JWT). Send `Authorization: Bearer <token>` "
     "with the access token, or with an API key, on every other call."),
    ("api-keys", "Long-lived `rp_live_` and sandbox `rp_test_` keys for scripts and servers: "
     "shown once at creation, stored hashed, revocable."),
    ("designs", "Layered design documents (`designJson`): create, list, update with "
     "`If-Match`, apply patch operations, duplicate, and walk or restore revisions."),
    ("brands", "Brand kits: colours, fonts and logo that generated designs follow."),
    ("assets", "Uploaded images (product photos, logos, backgrounds) and their signed file "
     "URLs. Uploads are multipart and checked by content."),
    ("campaigns", "Campaigns group designs (the platform's projects)."),
    ("ai", "AI generation, editing and smart images. Slow: answered synchronously by default, "
     "or 202 with a job under `Prefer: respond-async`."),
    ("exports", "Render a design to PNG, JPG, WebP, PDF or SVG at 1x-3x; the answer carries a "
     "signed URL of the file."),
    ("jobs", "Asynchronous work: poll a job until `completed` or `failed`; its `result` is the "
     "body the synchronous call returns, typed by the job's `kind`."),
    ("credits", "The credit balance, purchases, the ledger of transactions and cost estimates."),
    ("webhooks", "Endpoints that receive signed events (`design.created`, `job.completed`, ...), "
     "their delivery log, test pings and redelivery."),
    ("tools", "The platform's tool catalogue and its execute call."),
    ("assistant", "The design assistant: chats that answer questions and act on designs."),
    ("schemas", "The design document's JSON Schema and the canvas formats."),
]

OPERATIONS: dict[str, tuple[str, str]] = {
    # auth
    "auth_signup": ("Sign up", "Creates an account on the free plan and answers its first "
                    "session (access and refresh tokens)."),
    "auth_login": ("Sign in", "Exchanges an email and password for a session. Repeated "
                   "failures are slowed down (429 RATE_LIMITED with Retry-After)."),
    "auth_refresh": ("Refresh a session", "Exchanges a refresh token for a new session; the old "
                     "refresh token is revoked (rotation)."),
    "auth_me": ("Get the signed-in user", "The account behind the token or API key: email, "
                "plan and credits."),
    # api keys
    "api_keys_create": ("Create an API key", "A new key, shown once in `key`; only its prefix "
                        "is listed later. Needs a session or a live key (not a sandbox key)."),
    "api_keys_list": ("List API keys", "Your keys by prefix, newest first."),
    "api_keys_get": ("Get an API key", "One key by id (its prefix, never the key)."),
    "api_keys_revoke": ("Revoke an API key", "The key stops working at once."),
    # designs
    "designs_list": ("List designs", "Your designs, paged with `page` and `limit`, filtered by "
                     "campaign and archived state, sorted as asked."),
    "designs_get": ("Get a design", "One design with its document and version."),
    "designs_create": ("Create a design", "A new design at version 1."),
    "designs_update": ("Update a design", "Changes the title, document, campaign or archived "
                       "state; with `If-Match` a stale version is 412 PRECONDITION_FAILED."),
    "designs_delete": ("Delete a design", "Deletes the design and its revisions."),
    "designs_duplicate": ("Duplicate a design", "A copy at version 1, optionally in another "
                          "format."),
    "designs_apply_patch": ("Apply patch operations", "Applies `remove_layer`, `update_layer`, "
                            "`add_layer`, `move_layer`, `update_canvas` and `update_smart_asset` operations atomically; "
                            "the version goes up by one."),
    "designs_revisions_list": ("List a design's revisions", "Every saved version, newest first."),
    "designs_revisions_get": ("Get a revision", "The document as it was at that version."),
    "designs_revisions_restore": ("Restore a revision", "Makes that version's document the "
                                  "current one (a new version)."),
    "schemas_design_get": ("Get the design document schema", "The JSON Schema of `designJson` "
                           "for a schema version."),
    "formats_list": ("List canvas formats", "The named formats (instagram_post, ...) with their "
                     "sizes."),
    # assets
    "assets_upload": ("Upload an asset", "A multipart upload, checked by content and "
                      "size-capped; SVG is sanitised."),
    "assets_list": ("List assets", "Your uploaded assets, paged, optionally by type."),
    "assets_get": ("Get an asset", "One asset with a freshly signed URL."),
    "assets_delete": ("Delete an asset", "Deletes the asset and its file."),
    "files_download": ("Download a file", "A stored file by its signed URL (no token needed; "
                       "the signature and expiry are the key)."),
    # exports
    "exports_create": ("Export a design", "Renders the design; answers the signed URL of the "
                       "file."),
    "exports_batch": ("Export several designs", "One export per design and format, as one job."),
    "exports_list": ("List exports", "Your exports, paged, optionally for one design."),
    "exports_get": ("Get an export", "One export with a freshly signed URL."),
    # jobs
    "jobs_list": ("List jobs", "Your jobs, paged, optionally by status and kind."),
    "jobs_get": ("Get a job", "Status, progress, and when done the result (typed by `kind`) or "
                 "the error."),
    # credits
    "credits_balance": ("Get the credit balance", "Credits left, the monthly allowance and the "
                        "plan."),
    "credits_purchase": ("Buy credits", "Adds a pack of credits. Send an Idempotency-Key so a "
                         "retried purchase is never charged twice."),
    "credits_transactions": ("List credit transactions", "The ledger: charges, refunds, "
                             "purchases and grants, by `limit` and `offset`."),
    "credits_estimate": ("Estimate a cost", "What an operation would cost, without spending."),
    # webhooks
    "webhooks_create": ("Create a webhook endpoint", "Subscribes a URL to events; the signing "
                        "secret is shown once."),
    "webhooks_list": ("List webhook endpoints", "Your endpoints, paged."),
    "webhooks_get": ("Get a webhook endpoint", "One endpoint (its secret is never shown again)."),
    "webhooks_update": ("Update a webhook endpoint", "Changes the URL, events or active state."),
    "webhooks_delete": ("Delete a webhook endpoint", "No more events are sent to it."),
    "webhooks_deliveries_list": ("List deliveries", "The delivery log of an endpoint: status, "
                                 "response code and attempts."),
    "webhooks_test": ("Send a test event", "Delivers a signed `ping` to the endpoint."),
    "webhooks_deliveries_redeliver": ("Redeliver an event", "Sends the delivery's event again, "
                                      "with the same event id."),
    # ai
    "ai_generate_designs": ("Generate designs", "Turns a prompt (with a brand kit and product "
                            "photo) into on-brand design variants."),
    "ai_edit_design": ("Edit a design by instruction", "Proposes patch operations for an "
                       "instruction; apply them with apply-patch."),
    "ai_smart_image": ("Generate a smart image", "Draws an image for a design's slot."),
    "ai_smart_image_regenerate": ("Regenerate a smart image", "Draws the slot's image again."),
    "tools_list": ("List tools", "The tool catalogue with each tool's cost in credits."),
    "tools_execute": ("Run a tool", "Runs a tool of the catalogue on your input."),
    # assistant
    "ai_chat_start": ("Start an assistant chat", "Sends the first message and answers the "
                      "assistant's reply with the chat id."),
    "ai_chat_message": ("Send a chat message", "Continues a chat with the assistant."),
    "ai_chat_history": ("Get a chat's history", "Every message of the chat, oldest first."),
    # brands
    "brands_list": ("List brand kits", "Your brand kits."),
    "brands_create": ("Create a brand kit", "Colours, fonts and voice for generated designs."),
    "brands_get": ("Get a brand kit", "One brand kit with its logo and fonts."),
    "brands_update": ("Update a brand kit", "Changes colours, fonts or name."),
    "brands_delete": ("Delete a brand kit", "Designs keep their colours; the kit is gone."),
    "brands_logo_upload": ("Upload a brand logo", "A multipart image that becomes the kit's logo."),
    "brands_fonts_list": ("List a brand's fonts", "The font files uploaded to the kit."),
    "brands_fonts_upload": ("Upload a brand font", "A TTF, OTF or WOFF file for the kit."),
    "brands_fonts_delete": ("Delete a brand font", "Removes the font from the kit."),
    # campaigns
    "campaigns_list": ("List campaigns", "Your campaigns, paged."),
    "campaigns_get": ("Get a campaign", "One campaign with its counts."),
    "campaigns_create": ("Create a campaign", "A new campaign to group designs."),
    "campaigns_update": ("Update a campaign", "Changes its name, dates or description."),
    "campaigns_delete": ("Delete a campaign", "Its designs stay, outside any campaign."),
}
