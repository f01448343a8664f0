"""Small pydantic 2 models with the wire format of livekit-agents 1.7.0 (snapshot da6af86ac).

Field names, types, defaults and order follow the library so that ``model_dump(mode="json")``,
``model_dump(exclude_defaults=True)``, pydantic's default ``str()`` and ``dataclasses.asdict`` give what the
library gives. Written from reading the library's models; no code copied. Each class names its source.
Paths are relative to ``livekit-agents/livekit/agents/``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Literal, Union

from pydantic import BaseModel, Field
from typing_extensions import TypedDict

# ---------------------------------------------------------------------------------------------
# metrics/base.py
# ---------------------------------------------------------------------------------------------


class Metadata(BaseModel):  # metrics/base.py: Metadata
    model_name: str | None = None
    model_provider: str | None = None


class _BaseMetrics(BaseModel):  # metrics/base.py: _BaseMetrics
    # The library overrides __repr__ only (non-default fields); __str__ stays pydantic's default.
    def __repr__(self) -> str:
        d = self.model_dump(exclude_defaults=True)
        return f"{type(self).__name__}(" + ", ".join(f"{k}={v!r}" for k, v in d.items()) + ")"


class LLMMetrics(_BaseMetrics):  # metrics/base.py: LLMMetrics
    type: Literal["llm_metrics"] = "llm_metrics"
    label: str
    request_id: str
    timestamp: float
    duration: float
    ttft: float
    cancelled: bool
    completion_tokens: int
    prompt_tokens: int
    prompt_cached_tokens: int
    cache_creation_tokens: int = 0
    total_tokens: int
    tokens_per_second: float
    speech_id: str | None = None
    metadata: Metadata | None = None


class STTMetrics(_BaseMetrics):  # metrics/base.py: STTMetrics
    type: Literal["stt_metrics"] = "stt_metrics"
    label: str
    request_id: str
    timestamp: float
    duration: float
    audio_duration: float
    input_tokens: int = 0
    output_tokens: int = 0
    streamed: bool
    acquire_time: float = 0.0
    connection_reused: bool = False
    metadata: Metadata | None = None


class TTSMetrics(_BaseMetrics):  # metrics/base.py: TTSMetrics
    type: Literal["tts_metrics"] = "tts_metrics"
    label: str
    request_id: str
    timestamp: float
    ttfb: float
    duration: float
    audio_duration: float
    cancelled: bool
    characters_count: int
    input_tokens: int = 0
    output_tokens: int = 0
    streamed: bool
    acquire_time: float = 0.0
    connection_reused: bool = False
    segment_id: str | None = None
    speech_id: str | None = None
    metadata: Metadata | None = None


class VADMetrics(_BaseMetrics):  # metrics/base.py: VADMetrics
    type: Literal["vad_metrics"] = "vad_metrics"
    label: str
    timestamp: float
    idle_time: float
    inference_duration_total: float
    inference_count: int
    metadata: Metadata | None = None


class EOUMetrics(_BaseMetrics):  # metrics/base.py: EOUMetrics
    type: Literal["eou_metrics"] = "eou_metrics"
    timestamp: float
    end_of_utterance_delay: float
    transcription_delay: float
    on_user_turn_completed_delay: float
    speech_id: str | None = None
    metadata: Metadata | None = None


class EOTInferenceMetrics(_BaseMetrics):  # metrics/base.py: EOTInferenceMetrics
    type: Literal["eot_inference_metrics"] = "eot_inference_metrics"
    timestamp: float
    total_duration: float
    detection_delay: float
    prediction_duration: float
    num_requests: int = 1
    metadata: Metadata | None = None


class RealtimeModelMetrics(_BaseMetrics):  # metrics/base.py: RealtimeModelMetrics (+ its nested classes)
    class CachedTokenDetails(BaseModel):
        audio_tokens: int = 0
        text_tokens: int = 0
        image_tokens: int = 0

    class InputTokenDetails(BaseModel):
        audio_tokens: int = 0
        text_tokens: int = 0
        image_tokens: int = 0
        cached_tokens: int = 0
        cached_tokens_details: RealtimeModelMetrics.CachedTokenDetails | None = None

    class OutputTokenDetails(BaseModel):
        text_tokens: int = 0
        audio_tokens: int = 0
        image_tokens: int = 0

    type: Literal["realtime_model_metrics"] = "realtime_model_metrics"
    label: str = ""
    request_id: str
    timestamp: float
    duration: float = 0.0
    session_duration: float = 0.0
    ttft: float = -1
    cancelled: bool = False
    input_tokens: int = 0
    output_tokens: int = 0
    total_tokens: int = 0
    tokens_per_second: float = 0.0
    input_token_details: InputTokenDetails
    output_token_details: OutputTokenDetails
    acquire_time: float = 0.0
    connection_reused: bool = False
    metadata: Metadata | None = None


RealtimeModelMetrics.InputTokenDetails.model_rebuild()
RealtimeModelMetrics.model_rebuild()


class InterruptionMetrics(_BaseMetrics):  # metrics/base.py: InterruptionMetrics
    type: Literal["interruption_metrics"] = "interruption_metrics"
    timestamp: float
    total_duration: float
    prediction_duration: float
    detection_delay: float
    num_interruptions: int
    num_backchannels: int
    num_requests: int
    metadata: Metadata | None = None


class AvatarMetrics(_BaseMetrics):  # metrics/base.py: AvatarMetrics
    type: Literal["avatar_metrics"] = "avatar_metrics"
    timestamp: float
    playback_latency: float = 0
    session_started_time: float | None = None
    avatar_joined_time: float | None = None
    metadata: Metadata | None = None


AgentMetrics = Union[  # metrics/base.py: AgentMetrics (same member order)
    STTMetrics, LLMMetrics, TTSMetrics, VADMetrics, EOUMetrics, EOTInferenceMetrics,
    RealtimeModelMetrics, InterruptionMetrics, AvatarMetrics,
]

# ---------------------------------------------------------------------------------------------
# metrics/usage.py
# ---------------------------------------------------------------------------------------------


class _BaseModelUsage(BaseModel):  # metrics/usage.py: _BaseModelUsage (repr skips zeros; str is pydantic's)
    def __repr__(self) -> str:
        d = {k: v for k, v in self.model_dump().items() if v != 0}
        return f"{type(self).__name__}(" + ", ".join(f"{k}={v!r}" for k, v in d.items()) + ")"


class LLMModelUsage(_BaseModelUsage):  # metrics/usage.py: LLMModelUsage
    type: Literal["llm_usage"] = "llm_usage"
    provider: str
    model: str
    input_tokens: int = 0
    input_cached_tokens: int = 0
    input_cache_creation_tokens: int = 0
    input_audio_tokens: int = 0
    input_cached_audio_tokens: int = 0
    input_text_tokens: int = 0
    input_cached_text_tokens: int = 0
    input_image_tokens: int = 0
    input_cached_image_tokens: int = 0
    output_tokens: int = 0
    output_audio_tokens: int = 0
    output_text_tokens: int = 0
    session_duration: float = 0.0


class TTSModelUsage(_BaseModelUsage):  # metrics/usage.py: TTSModelUsage
    type: Literal["tts_usage"] = "tts_usage"
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    characters_count: int = 0
    audio_duration: float = 0.0


class STTModelUsage(_BaseModelUsage):  # metrics/usage.py: STTModelUsage
    type: Literal["stt_usage"] = "stt_usage"
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    audio_duration: float = 0.0


class InterruptionModelUsage(_BaseModelUsage):  # metrics/usage.py: InterruptionModelUsage
    type: Literal["interruption_usage"] = "interruption_usage"
    provider: str
    model: str
    total_requests: int = 0


class EOTModelUsage(_BaseModelUsage):  # metrics/usage.py: EOTModelUsage
    type: Literal["eot_usage"] = "eot_usage"
    provider: str
    model: str
    total_requests: int = 0


ModelUsage = Union[LLMModelUsage, TTSModelUsage, STTModelUsage, InterruptionModelUsage, EOTModelUsage]


@dataclass
class AgentSessionUsage:  # metrics/usage.py: AgentSessionUsage (what session.usage returns)
    model_usage: list[ModelUsage]


def collect_model_usage(records: list) -> list:
    """Per (provider, model) totals with the semantics of metrics/usage.py ModelUsageCollector.collect/flatten:
    order llm, tts, stt, interruption, eot; within a kind, first-seen order."""
    kinds: dict[type, dict[tuple[str, str], Any]] = {
        LLMModelUsage: {}, TTSModelUsage: {}, STTModelUsage: {}, InterruptionModelUsage: {}, EOTModelUsage: {},
    }

    def slot(cls, m):
        key = ((m.metadata.model_provider or "") if m.metadata else "", (m.metadata.model_name or "") if m.metadata else "")
        if key not in kinds[cls]:
            kinds[cls][key] = cls(provider=key[0], model=key[1])
        return kinds[cls][key]

    for m in records:
        if isinstance(m, LLMMetrics):
            u = slot(LLMModelUsage, m)
            u.input_tokens += m.prompt_tokens
            u.input_cached_tokens += m.prompt_cached_tokens
            u.input_cache_creation_tokens += m.cache_creation_tokens
            u.output_tokens += m.completion_tokens
        elif isinstance(m, RealtimeModelMetrics):
            u = slot(LLMModelUsage, m)
            d, c = m.input_token_details, m.input_token_details.cached_tokens_details
            u.input_tokens += m.input_tokens
            u.input_cached_tokens += d.cached_tokens
            u.input_text_tokens += d.text_tokens
            u.input_cached_text_tokens += c.text_tokens if c else 0
            u.input_image_tokens += d.image_tokens
            u.input_cached_image_tokens += c.image_tokens if c else 0
            u.input_audio_tokens += d.audio_tokens
            u.input_cached_audio_tokens += c.audio_tokens if c else 0
            u.output_text_tokens += m.output_token_details.text_tokens
            u.output_audio_tokens += m.output_token_details.audio_tokens
            u.output_tokens += m.output_tokens
            u.session_duration += m.session_duration
        elif isinstance(m, TTSMetrics):
            u = slot(TTSModelUsage, m)
            u.input_tokens += m.input_tokens
            u.output_tokens += m.output_tokens
            u.characters_count += m.characters_count
            u.audio_duration += m.audio_duration
        elif isinstance(m, STTMetrics):
            u = slot(STTModelUsage, m)
            u.input_tokens += m.input_tokens
            u.output_tokens += m.output_tokens
            u.audio_duration += m.audio_duration
        elif isinstance(m, InterruptionMetrics):
            # the library adds num_requests of every record although the field is a running total
            slot(InterruptionModelUsage, m).total_requests += m.num_requests
        elif isinstance(m, EOTInferenceMetrics):
            slot(EOTModelUsage, m).total_requests += m.num_requests
    return [u for cls in kinds for u in kinds[cls].values()]


# ---------------------------------------------------------------------------------------------
# metrics/usage_collector.py (deprecated in 1.7, still what the seeds' code uses)
# ---------------------------------------------------------------------------------------------


@dataclass
class UsageSummary:  # metrics/usage_collector.py: UsageSummary (the library's __post_init__ only warns)
    llm_prompt_tokens: int = 0
    llm_prompt_cached_tokens: int = 0
    llm_input_audio_tokens: int = 0
    llm_input_cached_audio_tokens: int = 0
    llm_input_text_tokens: int = 0
    llm_input_cached_text_tokens: int = 0
    llm_input_image_tokens: int = 0
    llm_input_cached_image_tokens: int = 0
    llm_completion_tokens: int = 0
    llm_output_audio_tokens: int = 0
    llm_output_image_tokens: int = 0
    llm_output_text_tokens: int = 0
    tts_characters_count: int = 0
    tts_audio_duration: float = 0.0
    stt_audio_duration: float = 0.0


def collect_usage_summary(records: list) -> UsageSummary:
    """Totals with the semantics of metrics/usage_collector.py UsageCollector.collect."""
    s = UsageSummary()
    for m in records:
        if isinstance(m, LLMMetrics):
            s.llm_prompt_tokens += m.prompt_tokens
            s.llm_prompt_cached_tokens += m.prompt_cached_tokens
            s.llm_completion_tokens += m.completion_tokens
        elif isinstance(m, RealtimeModelMetrics):
            d, c, o = m.input_token_details, m.input_token_details.cached_tokens_details, m.output_token_details
            s.llm_prompt_tokens += m.input_tokens
            s.llm_prompt_cached_tokens += d.cached_tokens
            s.llm_input_text_tokens += d.text_tokens
            s.llm_input_cached_text_tokens += c.text_tokens if c else 0
            s.llm_input_image_tokens += d.image_tokens
            s.llm_input_cached_image_tokens += c.image_tokens if c else 0
            s.llm_input_audio_tokens += d.audio_tokens
            s.llm_input_cached_audio_tokens += c.audio_tokens if c else 0
            s.llm_output_text_tokens += o.text_tokens
            s.llm_output_image_tokens += o.image_tokens
            s.llm_output_audio_tokens += o.audio_tokens
            s.llm_completion_tokens += m.output_tokens
        elif isinstance(m, TTSMetrics):
            s.tts_characters_count += m.characters_count
            s.tts_audio_duration += m.audio_duration
        elif isinstance(m, STTMetrics):
            s.stt_audio_duration += m.audio_duration
    return s


# ---------------------------------------------------------------------------------------------
# llm/chat_context.py
# ---------------------------------------------------------------------------------------------


class ImageContent(BaseModel):  # llm/chat_context.py: ImageContent (image: str here; VideoFrame has no JSON form)
    id: str
    type: Literal["image_content"] = Field(default="image_content")
    image: str
    inference_width: int | None = None
    inference_height: int | None = None
    inference_detail: Literal["auto", "high", "low"] = "auto"
    mime_type: str | None = None


class MetricsMetadata(TypedDict, total=False):  # llm/chat_context.py: MetricsMetadata
    model_name: str
    model_provider: str


class MetricsReport(TypedDict, total=False):  # llm/chat_context.py: MetricsReport (ChatMessage.metrics)
    started_speaking_at: float
    stopped_speaking_at: float
    transcription_delay: float
    end_of_turn_delay: float
    on_user_turn_completed_delay: float
    llm_node_ttft: float
    llm_node_tps: float
    llm_node_ttfs: float
    tts_node_ttfb: float
    playback_latency: float
    e2e_latency: float
    provider_request_ids: list[str]
    llm_metadata: MetricsMetadata
    tts_metadata: MetricsMetadata
    stt_metadata: MetricsMetadata


class ChatMessage(BaseModel):  # llm/chat_context.py: ChatMessage (AudioContent left out: frames are not JSON)
    id: str
    type: Literal["message"] = "message"
    role: Literal["developer", "system", "user", "assistant"]
    content: list[Union[ImageContent, str]]
    interrupted: bool = False
    transcript_confidence: float | None = None
    extra: dict[str, Any] = Field(default_factory=dict)
    metrics: MetricsReport = Field(default_factory=lambda: MetricsReport())
    created_at: float = Field(default_factory=time.time)
    hash: bytes | None = None  # deprecated in the library; always None, so to_dict drops it


class FunctionCall(BaseModel):  # llm/chat_context.py: FunctionCall
    id: str
    type: Literal["function_call"] = "function_call"
    call_id: str
    arguments: str
    name: str
    created_at: float = Field(default_factory=time.time)
    extra: dict[str, Any] = Field(default_factory=dict)
    group_id: str | None = None


class FunctionCallOutput(BaseModel):  # llm/chat_context.py: FunctionCallOutput
    id: str
    type: Literal["function_call_output"] = Field(default="function_call_output")
    name: str = Field(default="")
    call_id: str
    output: str
    is_error: bool
    created_at: float = Field(default_factory=time.time)
    reply_required: bool = Field(default=True)


class AgentHandoff(BaseModel):  # llm/chat_context.py: AgentHandoff
    id: str
    type: Literal["agent_handoff"] = Field(default="agent_handoff")
    old_agent_id: str | None = None
    new_agent_id: str
    created_at: float = Field(default_factory=time.time)


class AgentConfigUpdate(BaseModel):  # llm/chat_context.py: AgentConfigUpdate
    id: str
    type: Literal["agent_config_update"] = Field(default="agent_config_update")
    instructions: str | None = None
    tools_added: list[str] | None = None
    tools_removed: list[str] | None = None
    created_at: float = Field(default_factory=time.time)


def history_to_dict(items: list, *, exclude_image: bool = True, exclude_timestamp: bool = True) -> dict:
    """What llm/chat_context.py ChatContext.to_dict writes: images dropped unless exclude_image=False,
    created_at dropped unless exclude_timestamp=False, every item dumped mode="json" with exclude_none=True."""
    out = []
    for it in items:
        if isinstance(it, ChatMessage) and exclude_image:
            it = it.model_copy(update={"content": [c for c in it.content if not isinstance(c, ImageContent)]})
        out.append(it.model_dump(mode="json", exclude_none=True, exclude={"created_at"} if exclude_timestamp else set()))
    return {"items": out}


# ---------------------------------------------------------------------------------------------
# voice/events.py and voice/report.py
# ---------------------------------------------------------------------------------------------


class MetricsCollectedEvent(BaseModel):  # voice/events.py: MetricsCollectedEvent (deprecated in 1.7)
    type: Literal["metrics_collected"] = "metrics_collected"
    metrics: AgentMetrics
    created_at: float = Field(default_factory=time.time)


class SessionUsageUpdatedEvent(BaseModel):  # voice/events.py: SessionUsageUpdatedEvent
    type: Literal["session_usage_updated"] = "session_usage_updated"
    usage: AgentSessionUsage
    created_at: float = Field(default_factory=time.time)


def report_usage(model_usage: list) -> list[dict]:
    """voice/report.py SessionReport._usage_to_dict: model_dump(exclude_defaults=True) per entry (no type, no zeros)."""
    return [u.model_dump(exclude_defaults=True) for u in model_usage]
