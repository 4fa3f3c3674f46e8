"""Contains all the data models used in inputs/outputs"""

from .action_enum import ActionEnum
from .adapt_input_request import AdaptInputRequest
from .adapt_output import AdaptOutput
from .adapted_design_output import AdaptedDesignOutput
from .ai_chat_history_response_200 import AiChatHistoryResponse200
from .ai_chat_message_response_200 import AiChatMessageResponse200
from .ai_chat_start_response_200 import AiChatStartResponse200
from .ai_edit_design_response_200 import AiEditDesignResponse200
from .ai_generate_designs_response_200 import AiGenerateDesignsResponse200
from .ai_generate_designs_response_202 import AiGenerateDesignsResponse202
from .ai_smart_image_regenerate_response_200 import AiSmartImageRegenerateResponse200
from .ai_smart_image_regenerate_response_202 import AiSmartImageRegenerateResponse202
from .ai_smart_image_response_200 import AiSmartImageResponse200
from .ai_smart_image_response_202 import AiSmartImageResponse202
from .api_key_created_output import ApiKeyCreatedOutput
from .api_key_input_request import ApiKeyInputRequest
from .api_key_output import ApiKeyOutput
from .api_keys_create_response_201 import ApiKeysCreateResponse201
from .api_keys_get_response_200 import ApiKeysGetResponse200
from .api_keys_list_response_200 import ApiKeysListResponse200
from .apply_patch_input_request import ApplyPatchInputRequest
from .asset_output import AssetOutput
from .asset_output_type_enum import AssetOutputTypeEnum
from .asset_upload_input_request import AssetUploadInputRequest
from .asset_upload_input_type_enum import AssetUploadInputTypeEnum
from .assets_get_response_200 import AssetsGetResponse200
from .assets_list_response_200 import AssetsListResponse200
from .assets_list_type import AssetsListType
from .assets_upload_response_201 import AssetsUploadResponse201
from .attempt_output import AttemptOutput
from .auth_login_response_200 import AuthLoginResponse200
from .auth_me_response_200 import AuthMeResponse200
from .auth_password_change_response_200 import AuthPasswordChangeResponse200
from .auth_refresh_response_200 import AuthRefreshResponse200
from .auth_signup_response_201 import AuthSignupResponse201
from .balance_output import BalanceOutput
from .brand_create_input_request import BrandCreateInputRequest
from .brand_create_input_request_colors import BrandCreateInputRequestColors
from .brand_create_input_request_fonts import BrandCreateInputRequestFonts
from .brand_create_input_request_fonts_additional_property_type_0 import (
    BrandCreateInputRequestFontsAdditionalPropertyType0,
)
from .brand_font_input_request import BrandFontInputRequest
from .brand_font_list_output import BrandFontListOutput
from .brand_font_output import BrandFontOutput
from .brand_list_output import BrandListOutput
from .brand_logo_input_request import BrandLogoInputRequest
from .brand_logo_output import BrandLogoOutput
from .brand_output import BrandOutput
from .brand_output_colors import BrandOutputColors
from .brand_output_fonts import BrandOutputFonts
from .brand_output_fonts_additional_property_type_0 import (
    BrandOutputFontsAdditionalPropertyType0,
)
from .brands_create_response_201 import BrandsCreateResponse201
from .brands_fonts_list_response_200 import BrandsFontsListResponse200
from .brands_fonts_upload_response_201 import BrandsFontsUploadResponse201
from .brands_get_response_200 import BrandsGetResponse200
from .brands_list_response_200 import BrandsListResponse200
from .brands_logo_upload_response_200 import BrandsLogoUploadResponse200
from .brands_update_response_200 import BrandsUpdateResponse200
from .brief_summary_output import BriefSummaryOutput
from .campaign_create_input_request import CampaignCreateInputRequest
from .campaign_output import CampaignOutput
from .campaigns_adapt_response_200 import CampaignsAdaptResponse200
from .campaigns_adapt_response_202 import CampaignsAdaptResponse202
from .campaigns_create_response_201 import CampaignsCreateResponse201
from .campaigns_get_response_200 import CampaignsGetResponse200
from .campaigns_list_response_200 import CampaignsListResponse200
from .campaigns_update_response_200 import CampaignsUpdateResponse200
from .chat_design_output import ChatDesignOutput
from .chat_history_output import ChatHistoryOutput
from .chat_message_input_request import ChatMessageInputRequest
from .chat_message_input_request_context_type_0 import (
    ChatMessageInputRequestContextType0,
)
from .chat_reply_output import ChatReplyOutput
from .chat_state_output import ChatStateOutput
from .chat_turn_output import ChatTurnOutput
from .cost_output import CostOutput
from .creative_concept_enum import CreativeConceptEnum
from .credits_balance_response_200 import CreditsBalanceResponse200
from .credits_estimate_response_200 import CreditsEstimateResponse200
from .credits_purchase_response_201 import CreditsPurchaseResponse201
from .credits_transactions_response_200 import CreditsTransactionsResponse200
from .delivery_output import DeliveryOutput
from .delivery_output_status_enum import DeliveryOutputStatusEnum
from .delivery_page_output import DeliveryPageOutput
from .design_create_input_format_enum import DesignCreateInputFormatEnum
from .design_create_input_request import DesignCreateInputRequest
from .design_duplicate_input_request import DesignDuplicateInputRequest
from .design_list_item_output import DesignListItemOutput
from .design_output import DesignOutput
from .design_revision_list_item_output import DesignRevisionListItemOutput
from .design_revision_output import DesignRevisionOutput
from .design_revision_page_output import DesignRevisionPageOutput
from .designs_adapt_response_200 import DesignsAdaptResponse200
from .designs_adapt_response_202 import DesignsAdaptResponse202
from .designs_apply_patch_response_200 import DesignsApplyPatchResponse200
from .designs_create_response_201 import DesignsCreateResponse201
from .designs_duplicate_response_201 import DesignsDuplicateResponse201
from .designs_get_response_200 import DesignsGetResponse200
from .designs_list_order import DesignsListOrder
from .designs_list_response_200 import DesignsListResponse200
from .designs_list_sort import DesignsListSort
from .designs_revisions_get_response_200 import DesignsRevisionsGetResponse200
from .designs_revisions_list_response_200 import DesignsRevisionsListResponse200
from .designs_revisions_restore_response_200 import DesignsRevisionsRestoreResponse200
from .designs_update_response_200 import DesignsUpdateResponse200
from .edit_design_input_request import EditDesignInputRequest
from .edit_design_output import EditDesignOutput
from .error import Error
from .error_code import ErrorCode
from .error_details import ErrorDetails
from .error_envelope import ErrorEnvelope
from .estimate_input_request import EstimateInputRequest
from .estimate_line_output import EstimateLineOutput
from .estimate_output import EstimateOutput
from .events_enum import EventsEnum
from .export_batch_input_request import ExportBatchInputRequest
from .export_batch_output import ExportBatchOutput
from .export_format_enum import ExportFormatEnum
from .export_input_request import ExportInputRequest
from .export_item_input_request import ExportItemInputRequest
from .export_output import ExportOutput
from .export_request_format_enum import ExportRequestFormatEnum
from .export_resolution_enum import ExportResolutionEnum
from .export_result_output import ExportResultOutput
from .exports_batch_response_200 import ExportsBatchResponse200
from .exports_batch_response_202 import ExportsBatchResponse202
from .exports_create_response_200 import ExportsCreateResponse200
from .exports_create_response_202 import ExportsCreateResponse202
from .exports_get_response_200 import ExportsGetResponse200
from .exports_list_response_200 import ExportsListResponse200
from .format_list_output import FormatListOutput
from .format_output import FormatOutput
from .formats_list_response_200 import FormatsListResponse200
from .generate_designs_input_request import GenerateDesignsInputRequest
from .generate_designs_output import GenerateDesignsOutput
from .generate_options_input_request import GenerateOptionsInputRequest
from .generated_design_output import GeneratedDesignOutput
from .generation_output import GenerationOutput
from .holistic_context_input_request import HolisticContextInputRequest
from .image_model_enum import ImageModelEnum
from .image_resolution_enum import ImageResolutionEnum
from .job_accepted_output import JobAcceptedOutput
from .job_adapt_output import JobAdaptOutput
from .job_adapt_output_kind_enum import JobAdaptOutputKindEnum
from .job_export_output import JobExportOutput
from .job_export_output_kind_enum import JobExportOutputKindEnum
from .job_generation_output import JobGenerationOutput
from .job_generation_output_kind_enum import JobGenerationOutputKindEnum
from .job_output import JobOutput
from .job_smart_image_output import JobSmartImageOutput
from .job_smart_image_output_kind_enum import JobSmartImageOutputKindEnum
from .job_status_enum import JobStatusEnum
from .job_tool_output import JobToolOutput
from .job_tool_output_kind_enum import JobToolOutputKindEnum
from .jobs_get_response_200 import JobsGetResponse200
from .jobs_list_response_200 import JobsListResponse200
from .jobs_list_status import JobsListStatus
from .login_input_request import LoginInputRequest
from .logout_input_request import LogoutInputRequest
from .meta import Meta
from .mode_enum import ModeEnum
from .models_output import ModelsOutput
from .paginated_api_key_output_list import PaginatedApiKeyOutputList
from .paginated_api_key_output_list_pagination import (
    PaginatedApiKeyOutputListPagination,
)
from .paginated_asset_output_list import PaginatedAssetOutputList
from .paginated_asset_output_list_pagination import PaginatedAssetOutputListPagination
from .paginated_campaign_output_list import PaginatedCampaignOutputList
from .paginated_campaign_output_list_pagination import (
    PaginatedCampaignOutputListPagination,
)
from .paginated_design_list_item_output_list import PaginatedDesignListItemOutputList
from .paginated_design_list_item_output_list_pagination import (
    PaginatedDesignListItemOutputListPagination,
)
from .paginated_export_output_list import PaginatedExportOutputList
from .paginated_export_output_list_pagination import PaginatedExportOutputListPagination
from .paginated_job_list import PaginatedJobList
from .paginated_job_list_pagination import PaginatedJobListPagination
from .paginated_job_output_list import PaginatedJobOutputList
from .paginated_job_output_list_pagination import PaginatedJobOutputListPagination
from .paginated_webhook_output_list import PaginatedWebhookOutputList
from .paginated_webhook_output_list_pagination import (
    PaginatedWebhookOutputListPagination,
)
from .pagination_output import PaginationOutput
from .password_change_input_request import PasswordChangeInputRequest
from .password_reset_confirm_input_request import PasswordResetConfirmInputRequest
from .password_reset_input_request import PasswordResetInputRequest
from .patch_output import PatchOutput
from .patch_output_add_a_layer import PatchOutputAddALayer
from .patch_output_add_a_layer_layer import PatchOutputAddALayerLayer
from .patch_output_add_a_layer_operation import PatchOutputAddALayerOperation
from .patch_output_move_a_layer import PatchOutputMoveALayer
from .patch_output_move_a_layer_operation import PatchOutputMoveALayerOperation
from .patch_output_remove_a_layer import PatchOutputRemoveALayer
from .patch_output_remove_a_layer_operation import PatchOutputRemoveALayerOperation
from .patch_output_update_a_layer import PatchOutputUpdateALayer
from .patch_output_update_a_layer_changes import PatchOutputUpdateALayerChanges
from .patch_output_update_a_layer_operation import PatchOutputUpdateALayerOperation
from .patch_output_update_a_smart_image_slot import PatchOutputUpdateASmartImageSlot
from .patch_output_update_a_smart_image_slot_changes import (
    PatchOutputUpdateASmartImageSlotChanges,
)
from .patch_output_update_a_smart_image_slot_operation import (
    PatchOutputUpdateASmartImageSlotOperation,
)
from .patch_output_update_the_canvas import PatchOutputUpdateTheCanvas
from .patch_output_update_the_canvas_changes import PatchOutputUpdateTheCanvasChanges
from .patch_output_update_the_canvas_operation import (
    PatchOutputUpdateTheCanvasOperation,
)
from .patched_brand_update_input_request import PatchedBrandUpdateInputRequest
from .patched_brand_update_input_request_colors import (
    PatchedBrandUpdateInputRequestColors,
)
from .patched_brand_update_input_request_fonts import (
    PatchedBrandUpdateInputRequestFonts,
)
from .patched_brand_update_input_request_fonts_additional_property_type_0 import (
    PatchedBrandUpdateInputRequestFontsAdditionalPropertyType0,
)
from .patched_campaign_update_input_request import PatchedCampaignUpdateInputRequest
from .patched_design_update_input_request import PatchedDesignUpdateInputRequest
from .patched_webhook_update_input_request import PatchedWebhookUpdateInputRequest
from .plan_enum import PlanEnum
from .purchase_input_request import PurchaseInputRequest
from .purchase_output import PurchaseOutput
from .recipe_input_request import RecipeInputRequest
from .recipe_input_request_options import RecipeInputRequestOptions
from .refresh_input_request import RefreshInputRequest
from .regenerate_input_request import RegenerateInputRequest
from .role_enum import RoleEnum
from .safe_area_output import SafeAreaOutput
from .schemas_design_get_response_200 import SchemasDesignGetResponse200
from .schemas_design_get_response_200_data import SchemasDesignGetResponse200Data
from .session_output import SessionOutput
from .signup_input_request import SignupInputRequest
from .smart_image_input_request import SmartImageInputRequest
from .smart_image_output import SmartImageOutput
from .smart_image_status_output import SmartImageStatusOutput
from .source_enum import SourceEnum
from .tool_accepted_output import ToolAcceptedOutput
from .tool_execute_input_request import ToolExecuteInputRequest
from .tool_list_output import ToolListOutput
from .tool_output import ToolOutput
from .tool_result_output import ToolResultOutput
from .tool_result_output_type_enum import ToolResultOutputTypeEnum
from .tools_execute_response_200 import ToolsExecuteResponse200
from .tools_execute_response_202 import ToolsExecuteResponse202
from .tools_list_response_200 import ToolsListResponse200
from .transaction_output import TransactionOutput
from .transaction_page_output import TransactionPageOutput
from .user_output import UserOutput
from .user_session_output import UserSessionOutput
from .webhook_create_input_request import WebhookCreateInputRequest
from .webhook_created_output import WebhookCreatedOutput
from .webhook_credits_low import WebhookCreditsLow
from .webhook_credits_low_data import WebhookCreditsLowData
from .webhook_credits_low_event import WebhookCreditsLowEvent
from .webhook_design_adapted import WebhookDesignAdapted
from .webhook_design_adapted_data import WebhookDesignAdaptedData
from .webhook_design_adapted_event import WebhookDesignAdaptedEvent
from .webhook_design_created import WebhookDesignCreated
from .webhook_design_created_data import WebhookDesignCreatedData
from .webhook_design_created_event import WebhookDesignCreatedEvent
from .webhook_design_exported import WebhookDesignExported
from .webhook_design_exported_data import WebhookDesignExportedData
from .webhook_design_exported_event import WebhookDesignExportedEvent
from .webhook_job_completed import WebhookJobCompleted
from .webhook_job_completed_data import WebhookJobCompletedData
from .webhook_job_completed_data_result import WebhookJobCompletedDataResult
from .webhook_job_completed_data_status import WebhookJobCompletedDataStatus
from .webhook_job_completed_event import WebhookJobCompletedEvent
from .webhook_job_failed import WebhookJobFailed
from .webhook_job_failed_data import WebhookJobFailedData
from .webhook_job_failed_data_result import WebhookJobFailedDataResult
from .webhook_job_failed_data_status import WebhookJobFailedDataStatus
from .webhook_job_failed_event import WebhookJobFailedEvent
from .webhook_output import WebhookOutput
from .webhook_smart_image_completed import WebhookSmartImageCompleted
from .webhook_smart_image_completed_data import WebhookSmartImageCompletedData
from .webhook_smart_image_completed_event import WebhookSmartImageCompletedEvent
from .webhook_smart_image_failed import WebhookSmartImageFailed
from .webhook_smart_image_failed_data import WebhookSmartImageFailedData
from .webhook_smart_image_failed_event import WebhookSmartImageFailedEvent
from .webhooks_create_response_201 import WebhooksCreateResponse201
from .webhooks_deliveries_list_response_200 import WebhooksDeliveriesListResponse200
from .webhooks_deliveries_redeliver_response_202 import (
    WebhooksDeliveriesRedeliverResponse202,
)
from .webhooks_get_response_200 import WebhooksGetResponse200
from .webhooks_list_response_200 import WebhooksListResponse200
from .webhooks_test_response_202 import WebhooksTestResponse202
from .webhooks_update_response_200 import WebhooksUpdateResponse200

__all__ = (
    "ActionEnum",
    "AdaptInputRequest",
    "AdaptOutput",
    "AdaptedDesignOutput",
    "AiChatHistoryResponse200",
    "AiChatMessageResponse200",
    "AiChatStartResponse200",
    "AiEditDesignResponse200",
    "AiGenerateDesignsResponse200",
    "AiGenerateDesignsResponse202",
    "AiSmartImageRegenerateResponse200",
    "AiSmartImageRegenerateResponse202",
    "AiSmartImageResponse200",
    "AiSmartImageResponse202",
    "ApiKeyCreatedOutput",
    "ApiKeyInputRequest",
    "ApiKeyOutput",
    "ApiKeysCreateResponse201",
    "ApiKeysGetResponse200",
    "ApiKeysListResponse200",
    "ApplyPatchInputRequest",
    "AssetOutput",
    "AssetOutputTypeEnum",
    "AssetUploadInputRequest",
    "AssetUploadInputTypeEnum",
    "AssetsGetResponse200",
    "AssetsListResponse200",
    "AssetsListType",
    "AssetsUploadResponse201",
    "AttemptOutput",
    "AuthLoginResponse200",
    "AuthMeResponse200",
    "AuthPasswordChangeResponse200",
    "AuthRefreshResponse200",
    "AuthSignupResponse201",
    "BalanceOutput",
    "BrandCreateInputRequest",
    "BrandCreateInputRequestColors",
    "BrandCreateInputRequestFonts",
    "BrandCreateInputRequestFontsAdditionalPropertyType0",
    "BrandFontInputRequest",
    "BrandFontListOutput",
    "BrandFontOutput",
    "BrandListOutput",
    "BrandLogoInputRequest",
    "BrandLogoOutput",
    "BrandOutput",
    "BrandOutputColors",
    "BrandOutputFonts",
    "BrandOutputFontsAdditionalPropertyType0",
    "BrandsCreateResponse201",
    "BrandsFontsListResponse200",
    "BrandsFontsUploadResponse201",
    "BrandsGetResponse200",
    "BrandsListResponse200",
    "BrandsLogoUploadResponse200",
    "BrandsUpdateResponse200",
    "BriefSummaryOutput",
    "CampaignCreateInputRequest",
    "CampaignOutput",
    "CampaignsAdaptResponse200",
    "CampaignsAdaptResponse202",
    "CampaignsCreateResponse201",
    "CampaignsGetResponse200",
    "CampaignsListResponse200",
    "CampaignsUpdateResponse200",
    "ChatDesignOutput",
    "ChatHistoryOutput",
    "ChatMessageInputRequest",
    "ChatMessageInputRequestContextType0",
    "ChatReplyOutput",
    "ChatStateOutput",
    "ChatTurnOutput",
    "CostOutput",
    "CreativeConceptEnum",
    "CreditsBalanceResponse200",
    "CreditsEstimateResponse200",
    "CreditsPurchaseResponse201",
    "CreditsTransactionsResponse200",
    "DeliveryOutput",
    "DeliveryOutputStatusEnum",
    "DeliveryPageOutput",
    "DesignCreateInputFormatEnum",
    "DesignCreateInputRequest",
    "DesignDuplicateInputRequest",
    "DesignListItemOutput",
    "DesignOutput",
    "DesignRevisionListItemOutput",
    "DesignRevisionOutput",
    "DesignRevisionPageOutput",
    "DesignsAdaptResponse200",
    "DesignsAdaptResponse202",
    "DesignsApplyPatchResponse200",
    "DesignsCreateResponse201",
    "DesignsDuplicateResponse201",
    "DesignsGetResponse200",
    "DesignsListOrder",
    "DesignsListResponse200",
    "DesignsListSort",
    "DesignsRevisionsGetResponse200",
    "DesignsRevisionsListResponse200",
    "DesignsRevisionsRestoreResponse200",
    "DesignsUpdateResponse200",
    "EditDesignInputRequest",
    "EditDesignOutput",
    "Error",
    "ErrorCode",
    "ErrorDetails",
    "ErrorEnvelope",
    "EstimateInputRequest",
    "EstimateLineOutput",
    "EstimateOutput",
    "EventsEnum",
    "ExportBatchInputRequest",
    "ExportBatchOutput",
    "ExportFormatEnum",
    "ExportInputRequest",
    "ExportItemInputRequest",
    "ExportOutput",
    "ExportRequestFormatEnum",
    "ExportResolutionEnum",
    "ExportResultOutput",
    "ExportsBatchResponse200",
    "ExportsBatchResponse202",
    "ExportsCreateResponse200",
    "ExportsCreateResponse202",
    "ExportsGetResponse200",
    "ExportsListResponse200",
    "FormatListOutput",
    "FormatOutput",
    "FormatsListResponse200",
    "GenerateDesignsInputRequest",
    "GenerateDesignsOutput",
    "GenerateOptionsInputRequest",
    "GeneratedDesignOutput",
    "GenerationOutput",
    "HolisticContextInputRequest",
    "ImageModelEnum",
    "ImageResolutionEnum",
    "JobAcceptedOutput",
    "JobAdaptOutput",
    "JobAdaptOutputKindEnum",
    "JobExportOutput",
    "JobExportOutputKindEnum",
    "JobGenerationOutput",
    "JobGenerationOutputKindEnum",
    "JobOutput",
    "JobSmartImageOutput",
    "JobSmartImageOutputKindEnum",
    "JobStatusEnum",
    "JobToolOutput",
    "JobToolOutputKindEnum",
    "JobsGetResponse200",
    "JobsListResponse200",
    "JobsListStatus",
    "LoginInputRequest",
    "LogoutInputRequest",
    "Meta",
    "ModeEnum",
    "ModelsOutput",
    "PaginatedApiKeyOutputList",
    "PaginatedApiKeyOutputListPagination",
    "PaginatedAssetOutputList",
    "PaginatedAssetOutputListPagination",
    "PaginatedCampaignOutputList",
    "PaginatedCampaignOutputListPagination",
    "PaginatedDesignListItemOutputList",
    "PaginatedDesignListItemOutputListPagination",
    "PaginatedExportOutputList",
    "PaginatedExportOutputListPagination",
    "PaginatedJobList",
    "PaginatedJobListPagination",
    "PaginatedJobOutputList",
    "PaginatedJobOutputListPagination",
    "PaginatedWebhookOutputList",
    "PaginatedWebhookOutputListPagination",
    "PaginationOutput",
    "PasswordChangeInputRequest",
    "PasswordResetConfirmInputRequest",
    "PasswordResetInputRequest",
    "PatchOutput",
    "PatchOutputAddALayer",
    "PatchOutputAddALayerLayer",
    "PatchOutputAddALayerOperation",
    "PatchOutputMoveALayer",
    "PatchOutputMoveALayerOperation",
    "PatchOutputRemoveALayer",
    "PatchOutputRemoveALayerOperation",
    "PatchOutputUpdateALayer",
    "PatchOutputUpdateALayerChanges",
    "PatchOutputUpdateALayerOperation",
    "PatchOutputUpdateASmartImageSlot",
    "PatchOutputUpdateASmartImageSlotChanges",
    "PatchOutputUpdateASmartImageSlotOperation",
    "PatchOutputUpdateTheCanvas",
    "PatchOutputUpdateTheCanvasChanges",
    "PatchOutputUpdateTheCanvasOperation",
    "PatchedBrandUpdateInputRequest",
    "PatchedBrandUpdateInputRequestColors",
    "PatchedBrandUpdateInputRequestFonts",
    "PatchedBrandUpdateInputRequestFontsAdditionalPropertyType0",
    "PatchedCampaignUpdateInputRequest",
    "PatchedDesignUpdateInputRequest",
    "PatchedWebhookUpdateInputRequest",
    "PlanEnum",
    "PurchaseInputRequest",
    "PurchaseOutput",
    "RecipeInputRequest",
    "RecipeInputRequestOptions",
    "RefreshInputRequest",
    "RegenerateInputRequest",
    "RoleEnum",
    "SafeAreaOutput",
    "SchemasDesignGetResponse200",
    "SchemasDesignGetResponse200Data",
    "SessionOutput",
    "SignupInputRequest",
    "SmartImageInputRequest",
    "SmartImageOutput",
    "SmartImageStatusOutput",
    "SourceEnum",
    "ToolAcceptedOutput",
    "ToolExecuteInputRequest",
    "ToolListOutput",
    "ToolOutput",
    "ToolResultOutput",
    "ToolResultOutputTypeEnum",
    "ToolsExecuteResponse200",
    "ToolsExecuteResponse202",
    "ToolsListResponse200",
    "TransactionOutput",
    "TransactionPageOutput",
    "UserOutput",
    "UserSessionOutput",
    "WebhookCreateInputRequest",
    "WebhookCreatedOutput",
    "WebhookCreditsLow",
    "WebhookCreditsLowData",
    "WebhookCreditsLowEvent",
    "WebhookDesignAdapted",
    "WebhookDesignAdaptedData",
    "WebhookDesignAdaptedEvent",
    "WebhookDesignCreated",
    "WebhookDesignCreatedData",
    "WebhookDesignCreatedEvent",
    "WebhookDesignExported",
    "WebhookDesignExportedData",
    "WebhookDesignExportedEvent",
    "WebhookJobCompleted",
    "WebhookJobCompletedData",
    "WebhookJobCompletedDataResult",
    "WebhookJobCompletedDataStatus",
    "WebhookJobCompletedEvent",
    "WebhookJobFailed",
    "WebhookJobFailedData",
    "WebhookJobFailedDataResult",
    "WebhookJobFailedDataStatus",
    "WebhookJobFailedEvent",
    "WebhookOutput",
    "WebhookSmartImageCompleted",
    "WebhookSmartImageCompletedData",
    "WebhookSmartImageCompletedEvent",
    "WebhookSmartImageFailed",
    "WebhookSmartImageFailedData",
    "WebhookSmartImageFailedEvent",
    "WebhooksCreateResponse201",
    "WebhooksDeliveriesListResponse200",
    "WebhooksDeliveriesRedeliverResponse202",
    "WebhooksGetResponse200",
    "WebhooksListResponse200",
    "WebhooksTestResponse202",
    "WebhooksUpdateResponse200",
)
