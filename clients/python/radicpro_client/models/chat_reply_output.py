from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chat_design_output import ChatDesignOutput
    from ..models.chat_state_output import ChatStateOutput


T = TypeVar("T", bound="ChatReplyOutput")


@_attrs_define
class ChatReplyOutput:
    """
    Attributes:
        chat_id (str):
        reply (str):
        suggestions (list[str]):
        designs (list[ChatDesignOutput]): The designs this turn made or edited.
        patch (Any): The operations applied by an edit, with baseVersion and the new version (passed verbatim).
        state (ChatStateOutput):
        job_id (None | str): The job that made this turn's designs (GET /v1/jobs/{jobId}); null when the turn made
            nothing.
        pending (bool): True when that job was still running at the answer: its designs join the history once it
            finishes.
    """

    chat_id: str
    reply: str
    suggestions: list[str]
    designs: list[ChatDesignOutput]
    patch: Any
    state: ChatStateOutput
    job_id: None | str
    pending: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        reply = self.reply

        suggestions = self.suggestions

        designs = []
        for designs_item_data in self.designs:
            designs_item = designs_item_data.to_dict()
            designs.append(designs_item)

        patch = self.patch

        state = self.state.to_dict()

        job_id: None | str
        job_id = self.job_id

        pending = self.pending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chatId": chat_id,
                "reply": reply,
                "suggestions": suggestions,
                "designs": designs,
                "patch": patch,
                "state": state,
                "jobId": job_id,
                "pending": pending,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_design_output import ChatDesignOutput
        from ..models.chat_state_output import ChatStateOutput

        d = dict(src_dict)
        chat_id = d.pop("chatId")

        reply = d.pop("reply")

        suggestions = cast(list[str], d.pop("suggestions"))

        designs = []
        _designs = d.pop("designs")
        for designs_item_data in _designs:
            designs_item = ChatDesignOutput.from_dict(designs_item_data)

            designs.append(designs_item)

        patch = d.pop("patch")

        state = ChatStateOutput.from_dict(d.pop("state"))

        def _parse_job_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job_id = _parse_job_id(d.pop("jobId"))

        pending = d.pop("pending")

        chat_reply_output = cls(
            chat_id=chat_id,
            reply=reply,
            suggestions=suggestions,
            designs=designs,
            patch=patch,
            state=state,
            job_id=job_id,
            pending=pending,
        )

        chat_reply_output.additional_properties = d
        return chat_reply_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
