#!/usr/bin/env python3
"""Writes the livekit-agents 1.7 fixtures of this folder and their <name>.expected.json, deterministically.

    python3 samples/livekit-1.7/generate.py            # (re)writes every fixture next to this file
    python3 samples/livekit-1.7/generate.py --check    # fails if a written file differs from what is on disk

Every payload is built the way an agent on livekit-agents 1.7.0 builds it: records are the library's pydantic models
(replicas in lk17.py), serialized with the call the shape needs (model_dump(mode="json"), exclude_defaults, str(),
dataclasses.asdict, ChatContext.to_dict). The expected figures are computed from the objects that were written.
Needs Python 3.10+ and pydantic 2.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import string
import sys
from pathlib import Path

from pydantic import TypeAdapter

import lk17 as lk

HERE = Path(__file__).resolve().parent
SDK = "1.7.0"

LLM_LABEL = "livekit.plugins.openai.llm.LLM"
STT_LABEL = "livekit.plugins.deepgram.stt.STT"
TTS_LABEL = "livekit.plugins.cartesia.tts.TTS"
VAD_LABEL = "livekit.plugins.silero.vad.VAD"
RT_LABEL = "livekit.plugins.openai.realtime.realtime_model.RealtimeModel"
LLM_MD = lk.Metadata(model_name="gpt-4.1-mini", model_provider="api.openai.com")
STT_MD = lk.Metadata(model_name="nova-3", model_provider="Deepgram")
TTS_MD = lk.Metadata(model_name="sonic-3", model_provider="Cartesia")
VAD_MD = lk.Metadata(model_name="silero", model_provider="ONNX")
EOU_MD = lk.Metadata(model_name="multilingual", model_provider="livekit")
# The OpenAI realtime plugin reports provider = netloc of its base_url (realtime_model.py RealtimeModel.provider).
RT_MD = lk.Metadata(model_name="gpt-realtime", model_provider="api.openai.com")

# ---------------------------------------------------------------------------------------------
# conversations: ("a", text[, opts]) assistant, ("u", text[, opts]) user, ("tool", name, args, output[, opts])
# ---------------------------------------------------------------------------------------------

KB_HUBSPOT = {"results": [
    {"title": "HubSpot integration overview", "url": "https://support.pandadoc.com/hc/articles/hubspot-integration-overview", "score": 0.91,
     "snippet": "Create documents from HubSpot deals, contacts and companies; properties map to document tokens and pricing tables."},
    {"title": "Map HubSpot properties to PandaDoc tokens", "url": "https://support.pandadoc.com/hc/articles/hubspot-token-mapping", "score": 0.86,
     "snippet": "Admins choose which HubSpot properties fill which tokens, for example Deal.Amount."}], "total": 2}
KB_ROLES = {"results": [
    {"title": "Roles in templates", "url": "https://support.pandadoc.com/hc/articles/template-roles", "score": 0.89,
     "snippet": "Add roles such as Client and Sender to a template and assign fields to each role; recipients are matched to roles when you send."},
    {"title": "Signing order", "url": "https://support.pandadoc.com/hc/articles/signing-order", "score": 0.81,
     "snippet": "Turn on signing order to route the document to recipients one after another."}], "total": 2}
KB_EMPTY = {"results": [], "total": 0}

CONV_HUBSPOT = [
    ("a", "Hi Priya, this is Ava from PandaDoc. I see you're a few days into your Business trial. Do you have a couple of minutes to talk about how it's going?"),
    ("u", "Sure, I have a few minutes. I'm trying to figure out if PandaDoc can pull deal data straight from HubSpot."),
    ("tool", "unleash_search_knowledge", {"query": "HubSpot integration deal properties document tokens", "max_results": 3},
     KB_HUBSPOT),
    ("a", "It can. With the HubSpot integration you create a document right from a deal, and deal, contact and company properties fill your template tokens, including the pricing table."),
    ("u", "Okay, that's exactly what we need. We send about forty proposals a month and right now it's all copy and paste."),
    ("a", "That's a lot of copy and paste. How many people on your team would be sending proposals?"),
    ("u", "Six reps, and my manager approves anything with a discount over ten percent.", {"interrupts_previous": False}),
    ("a", "Approval workflows can handle that discount rule automatically, so the document waits for your manager before it goes out. Would it help to walk through a setup with one of our specialists?", {"interrupted": True}),
    ("u", "Yes, let's do that. Is Thursday afternoon possible?"),
    ("tool", "book_sales_meeting", {"customer_name": "Priya Raman", "customer_email": "priya.raman@northwindfreight.com", "preferred_date": "2026-11-05", "preferred_time": "14:00"},
     "Meeting booked for 2026-11-05 14:00 America/New_York with Jordan Lee. Confirmation sent to priya.raman@northwindfreight.com."),
    ("a", "You're booked for Thursday at two with Jordan Lee, and the invite is on its way to your inbox. Anything else I can help with today?"),
    ("u", "No, that's great. Thanks, Ava."),
    ("a", "Thanks, Priya. Enjoy the rest of your trial!"),
]

CONV_ROLES = [
    ("a", "Hi Marcus, it's Ava from PandaDoc. How is the trial going so far?"),
    ("u", "Pretty well, but I'm stuck on templates. I need the client to sign first and then our director countersigns."),
    ("tool", "unleash_search_knowledge", {"query": "template roles signing order countersign", "max_results": 3}, KB_ROLES),
    ("a", "You can do that with roles and signing order. Add a Client role and a Director role to the template, assign the signature fields, then turn on signing order so the client goes first."),
    ("u", "Got it. And can the director get a reminder if he doesn't sign in a day?"),
    ("a", "Yes, automatic reminders are in the document settings. You can send one a day until the document is completed, and you can also", {"interrupted": True}),
    ("u", "Sorry, one more thing, does this work on the Essentials plan or only Business?"),
    ("a", "Signing order and reminders are on every paid plan, including Essentials. Approval workflows are Business and above."),
    ("u", "Perfect, that's all I needed. Thanks."),
    ("a", "Happy to help, Marcus. Good luck with the template!"),
]

CONV_PRICING = [
    ("a", "Hi Elena, this is Ava from PandaDoc. Thanks for taking the call. What are you hoping to get done during your trial?"),
    ("u", "I want to know if we can bill per document instead of per seat. We only send maybe ten contracts a month."),
    ("tool", "unleash_search_knowledge", {"query": "per document pricing pay as you go plan", "max_results": 3}, KB_EMPTY),
    ("a", "I couldn't find a per-document plan in our help center. Let me try a different search."),
    ("tool", "unleash_search_knowledge", {"query": "pricing plans seats low volume", "max_results": 3}, KB_EMPTY),
    ("a", "I'm sorry, I'm not finding anything on per-document billing right now.", {"interrupted": True}),
    ("u", "That's frustrating. I asked the chat widget the same thing yesterday and got nothing either."),
    ("a", "I understand, and I'm sorry about that. Our plans are priced per seat, and a specialist can tell you about options for low volume. Would you like me to set that up?"),
    ("u", "Maybe. I'll think about it. I don't want to pay for three seats when one person sends everything."),
    ("a", "That makes sense. If you decide you want to talk it through, just say the word and I'll find a time."),
    ("u", "Okay. Bye."),
]

CONV_SHORT = [
    ("a", "Hi Sam, this is Ava from PandaDoc. Is now a good time to talk about your trial?"),
    ("u", "Hi. I only have a minute. How do I add my logo to every document?"),
    ("a", "Open Settings, then Branding, and upload your logo there. New documents and templates pick it up automatically."),
    ("u", "Great, found it. And the brand color goes in the same place?"),
    ("a", "Yes, the brand color sits right under the logo on that page."),
    ("u", "Thanks, that's all."),
    ("a", "Anytime, Sam. Have a good day!"),
]

CONV_ALL = [
    ("sys", "system", "You are Ava, a friendly voice assistant on PandaDoc's customer success team. Keep answers short and accurate; use unleash_search_knowledge for product facts."),
    ("sys", "developer", "Trial context: workspace ws_51c0e9aa, plan Business Trial, trial day 11. Never quote prices that are not in the knowledge base."),
    ("a", "Hi Jonah, it's Ava from PandaDoc. I see you shared a screenshot. What's going on?"),
    ("u", "This error shows up when I try to send the quote. It says a required field is empty but I can't see which one.", {"image": True}),
    ("tool2", [("unleash_search_knowledge", {"query": "required field is empty error when sending", "max_results": 3}, KB_ROLES),
               ("get_document_status", {"document_id": "doc_8FqT2mZxK1"}, {"status": "document.draft", "missing_fields": ["Client.Signature"]})]),
    ("a", "The quote has a signature field assigned to the Client role that has no recipient yet. Add the client as a recipient for that role and the error goes away.", {"interrupted": True}),
    ("u", "Oh, I see it now. Can you also help me with an invoice question?", {"interrupts_previous": True}),
    ("handoff", "trial_success_agent", "billing_agent"),
    ("a", "This is the billing assistant. What would you like to know about your invoice?", {"interrupted": True}),
    ("u", "I was charged for the trial, I thought it was free.", {"interrupts_previous": True}),
    ("a", "Trials are free. The charge you see is a one dollar card authorization that is released within a few days."),
    ("u", "Okay, thanks, that clears it up."),
    ("a", "Glad I could help, Jonah. Goodbye!"),
]

# ---------------------------------------------------------------------------------------------
# deterministic ids and numbers
# ---------------------------------------------------------------------------------------------


class Ids:
    def __init__(self, rng: random.Random):
        self.r = rng

    def hex(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int) -> str:
        return "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(n))

    def item(self) -> str:
        return "item_" + self.hex(12)


def r6(x: float) -> float:
    return round(x, 6)


def iso(ts: float, naive: bool = False) -> str:
    d = dt.datetime.fromtimestamp(ts, dt.timezone.utc)
    return d.replace(tzinfo=None).isoformat() if naive else d.isoformat()


# ---------------------------------------------------------------------------------------------
# the simulated session: one pass over a conversation, producing the library's objects
# ---------------------------------------------------------------------------------------------


class Session:
    """Runs a conversation through a simulated 1.7 AgentSession, pipeline (STT->LLM->TTS) or realtime."""

    def __init__(self, name: str, conv: list, *, seed: int, start: float, realtime: bool = False,
                 stray_realtime: bool = False, all_shapes: bool = False):
        self.rng = random.Random(seed)
        self.ids = Ids(self.rng)
        self.name, self.conv, self.start = name, conv, start
        self.realtime, self.stray_realtime, self.all_shapes = realtime, stray_realtime, all_shapes
        self.items: list = []            # chat items (ChatMessage, FunctionCall, ...)
        self.records: list = []          # metrics records, in emission order
        self.event_times: list[float] = []  # wall clock of each record's metrics_collected event
        self.tool_copies: list[dict] = []  # the agent's own parsed copies of the tool calls
        self.tool_batches: list[tuple[float, list[str]]] = []  # function_tools_executed events
        self.tool_runs: list[dict] = []  # name, args, output, started_at (for the phase-1 shape)
        self.run()

    # -- helpers ------------------------------------------------------------------------------
    def u(self, a: float, b: float) -> float:
        return self.rng.uniform(a, b)

    def emit(self, rec, at: float) -> None:
        self.records.append(rec)
        self.event_times.append(at)

    def llm_record(self, t: float, prompt: int, completion: int, ttft: float, speech_id: str, cancelled=False):
        dur = ttft + completion / self.u(55, 85)
        cached = max(0, (prompt - 400) // 128 * 128) if prompt > 1024 else 0
        rec = lk.LLMMetrics(
            label=LLM_LABEL, request_id="chatcmpl-" + self.ids.alnum(29), timestamp=r6(t), duration=r6(dur),
            ttft=r6(ttft), cancelled=cancelled, completion_tokens=completion, prompt_tokens=prompt,
            prompt_cached_tokens=cached, total_tokens=prompt + completion,
            tokens_per_second=r6(completion / dur), speech_id=speech_id,
            metadata=None if (self.all_shapes and not self.records_of("llm_metrics")) else LLM_MD)
        self.emit(rec, t + dur)
        return rec

    def records_of(self, type_: str) -> list:
        return [r for r in self.records if r.type == type_]

    def realtime_record(self, t: float, audio_in: int, text_in: int, out_text: int, out_audio: int, ttft: float,
                        md: lk.Metadata = RT_MD, cancelled=False):
        cached = max(0, (audio_in + text_in - 300) // 64 * 64) if audio_in + text_in > 1024 else 0
        c_text = min(text_in, int(cached * text_in / (audio_in + text_in)))
        c_audio = cached - c_text
        dur = (ttft if ttft > 0 else 0.4) + (out_audio / 50.0 if out_audio else out_text / 60.0)
        inp, out = audio_in + text_in, out_text + out_audio
        rec = lk.RealtimeModelMetrics(
            label=RT_LABEL, request_id="resp_" + self.ids.alnum(22), timestamp=r6(t), duration=r6(dur),
            ttft=r6(ttft) if ttft >= 0 else -1, cancelled=cancelled, input_tokens=inp, output_tokens=out,
            total_tokens=inp + out, tokens_per_second=r6(out / dur),
            input_token_details=lk.RealtimeModelMetrics.InputTokenDetails(
                audio_tokens=audio_in, text_tokens=text_in, image_tokens=0, cached_tokens=cached,
                cached_tokens_details=lk.RealtimeModelMetrics.CachedTokenDetails(
                    audio_tokens=c_audio, text_tokens=c_text, image_tokens=0)),
            output_token_details=lk.RealtimeModelMetrics.OutputTokenDetails(text_tokens=out_text, audio_tokens=out_audio),
            metadata=md)
        self.emit(rec, t + dur)
        return rec

    # -- the run ------------------------------------------------------------------------------
    def run(self) -> None:
        t = self.start + self.u(0.8, 1.4)
        ctx_tokens = 1480 if not self.realtime else 0
        rt_text, rt_audio = 820, 0                 # realtime context: instructions + tools (text), audio so far
        last_user_stop: float | None = None
        user_eou = None
        stt_mark = self.start
        n_interruptions = 0
        vad_mark = self.start
        agent_id = "trial_success_agent"
        if not self.realtime and not self.all_shapes:
            self.emit(lk.STTMetrics(label=STT_LABEL, request_id="", timestamp=r6(self.start + 0.3), duration=0.0,
                                    audio_duration=0.0, streamed=True, acquire_time=r6(self.u(0.2, 0.4)),
                                    connection_reused=False, metadata=STT_MD), self.start + 0.3)
        if self.all_shapes:
            self.items.append(lk.AgentHandoff(id=self.ids.item(), new_agent_id=agent_id, created_at=r6(self.start + 0.01)))
            self.items.append(lk.AgentConfigUpdate(
                id=self.ids.item(), instructions="You are Ava, PandaDoc's trial success assistant.",
                tools_added=["unleash_search_knowledge", "get_document_status", "book_sales_meeting"],
                created_at=r6(self.start + 0.02)))
            self.emit(lk.AvatarMetrics(timestamp=r6(self.start + 0.9), playback_latency=r6(self.u(0.08, 0.15)),
                                       session_started_time=r6(self.start + 0.05), avatar_joined_time=r6(self.start + 0.71),
                                       metadata=lk.Metadata(model_name="avatar", model_provider="tavus")), self.start + 0.9)
        pending_tool_ids: list[str] = []
        prev_kind, prev_speech = "", ""
        answered = False
        for step in self.conv:
            kind = step[0]
            if kind == "sys":
                self.items.append(lk.ChatMessage(id=self.ids.item(), role=step[1], content=[step[2]],
                                                 extra={"source": "agent_instructions"}, created_at=r6(self.start + 0.02)))
                continue
            if kind == "handoff":
                # the handoff follows the user's request; the new agent's reply comes after it
                handoff_at = self.items[-1].created_at + 0.01
                self.items.append(lk.AgentHandoff(id=self.ids.item(), old_agent_id=step[1], new_agent_id=step[2],
                                                  created_at=r6(handoff_at)))
                self.items.append(lk.AgentConfigUpdate(
                    id=self.ids.item(), instructions="You are the PandaDoc billing assistant.",
                    tools_added=["lookup_invoice"], tools_removed=["book_sales_meeting", "get_document_status"],
                    created_at=r6(handoff_at + 0.001)))
                continue
            opts = step[-1] if isinstance(step[-1], dict) and kind in ("a", "u") and len(step) == 3 else {}
            if kind == "u":
                text = step[1]
                words = len(text.split())
                started = t + self.u(0.5, 1.3)
                stopped = started + words * self.u(0.30, 0.36)
                eou_delay, tr_delay, cb_delay = self.u(0.45, 0.85), self.u(0.2, 0.45), self.u(0.0002, 0.0009)
                content: list = [text]
                if opts.get("image"):
                    content.append(lk.ImageContent(
                        id="img_" + self.ids.hex(12), image="https://files.pandadoc-support.example/uploads/quote-error-2026-11.png",
                        mime_type="image/png"))
                m: dict = {"started_speaking_at": r6(started), "stopped_speaking_at": r6(stopped)}
                if not self.realtime:
                    m.update(transcription_delay=r6(tr_delay), end_of_turn_delay=r6(eou_delay),
                             on_user_turn_completed_delay=r6(cb_delay), stt_metadata=dict(STT_MD.model_dump()))
                created = stopped + eou_delay
                msg = lk.ChatMessage(id=self.ids.item(), role="user", content=content,
                                     transcript_confidence=None if self.realtime else round(self.u(0.88, 0.99), 4),
                                     extra={"lk.language": "en"} if self.all_shapes else {}, metrics=m, created_at=r6(created))
                self.items.append(msg)
                last_user_stop, user_eou = stopped, (eou_delay, tr_delay, cb_delay)
                if self.realtime:
                    rt_audio += int((stopped - started) * 10)
                else:
                    ctx_tokens += len(text) // 4 + 4
                    self.emit(lk.VADMetrics(label=VAD_LABEL, timestamp=r6(stopped), idle_time=r6(self.u(0.4, 1.2)),
                                            inference_duration_total=r6((stopped - vad_mark) * 0.0005),
                                            inference_count=int((stopped - vad_mark) / 0.032),
                                            metadata=VAD_MD), stopped)
                    vad_mark = stopped
                    stt = lk.STTMetrics(label=STT_LABEL, request_id="", timestamp=r6(stopped + tr_delay), duration=0.0,
                                        audio_duration=r6(stopped - stt_mark), streamed=True, metadata=STT_MD)
                    if self.all_shapes:
                        stt = lk.STTMetrics(label="livekit.plugins.openai.stt.STT", request_id="req_" + self.ids.hex(16),
                                            timestamp=r6(stopped + tr_delay), duration=r6(tr_delay),
                                            audio_duration=r6(stopped - stt_mark), input_tokens=int((stopped - stt_mark) * 10),
                                            output_tokens=len(text) // 4 + 1, streamed=False,
                                            acquire_time=r6(self.u(0.01, 0.05)), connection_reused=True,
                                            metadata=lk.Metadata(model_name="gpt-4o-transcribe", model_provider="api.openai.com"))
                    self.emit(stt, stopped + tr_delay)
                    stt_mark = stopped
                if self.all_shapes:
                    self.emit(lk.EOTInferenceMetrics(timestamp=r6(stopped + 0.2), total_duration=r6(self.u(0.08, 0.16)),
                                                     detection_delay=r6(self.u(0.05, 0.1)), prediction_duration=r6(self.u(0.01, 0.03)),
                                                     num_requests=self.rng.randint(1, 3),
                                                     metadata=lk.Metadata(model_name="turn-detector-v1", model_provider="livekit")),
                              stopped + 0.2)
                    if opts.get("interrupts_previous"):
                        n_interruptions += 1
                    self.emit(lk.InterruptionMetrics(timestamp=r6(stopped + 0.25), total_duration=r6(self.u(0.1, 0.2)),
                                                     prediction_duration=r6(self.u(0.02, 0.05)), detection_delay=r6(self.u(0.2, 0.4)),
                                                     num_interruptions=n_interruptions, num_backchannels=1,
                                                     num_requests=len([i for i in self.items if getattr(i, "role", "") == "user"]) * 3,
                                                     metadata=lk.Metadata(model_name="adaptive", model_provider="livekit")),
                              stopped + 0.25)
                t = stopped
                prev_kind = "u"
                answered = False
                continue
            if kind in ("tool", "tool2"):
                calls = [(step[1], step[2], step[3])] if kind == "tool" else step[1]
                after_reply = prev_kind == "a"  # the reply itself asked for another tool round (same speech)
                t0 = t + 0.05 if after_reply else (last_user_stop or t) + (user_eou[0] if user_eou else 0.5)
                speech_id = prev_speech if after_reply else "speech_" + self.ids.hex(12)
                if self.realtime:
                    rec = self.realtime_record(t0, rt_audio, rt_text, out_text=18 + 12 * len(calls), out_audio=0, ttft=-1)
                    rt_text += 18 + 12 * len(calls)
                    gen_end = t0 + rec.duration
                else:
                    ttft = self.u(0.35, 0.7)
                    rec = self.llm_record(t0, ctx_tokens, 22 + 14 * len(calls), ttft, speech_id)
                    ctx_tokens += 22 + 14 * len(calls)
                    gen_end = t0 + rec.duration
                if not self.realtime and user_eou and not pending_tool_ids and not after_reply:
                    self.emit(lk.EOUMetrics(timestamp=r6(last_user_stop + user_eou[0]), end_of_utterance_delay=r6(user_eou[0]),
                                            transcription_delay=r6(user_eou[1]), on_user_turn_completed_delay=r6(user_eou[2]),
                                            speech_id=speech_id, metadata=EOU_MD), last_user_stop + user_eou[0])
                if pending_tool_ids:
                    speech_id = pending_tool_ids[0]  # a second round of tools in the same reply
                group = "grp_" + self.ids.hex(10) if len(calls) > 1 else None
                names, fc_items, out_items = [], [], []
                tc = gen_end
                for name, args, output in calls:
                    call_id = "call_" + self.ids.alnum(24)
                    out_s = output if isinstance(output, str) else json.dumps(output)
                    run = self.u(0.6, 1.6)
                    fc = lk.FunctionCall(id=self.ids.item(), call_id=call_id, arguments=json.dumps(args), name=name,
                                         created_at=r6(gen_end), extra={"openai": {"item_id": "fc_" + self.ids.hex(16)}} if self.all_shapes else {},
                                         group_id=group)
                    fo = lk.FunctionCallOutput(id=self.ids.item(), name=name, call_id=call_id, output=out_s, is_error=False,
                                               created_at=r6(gen_end + run),
                                               reply_required=not (self.all_shapes and name == "get_document_status"))
                    fc_items.append(fc)
                    out_items.append(fo)
                    names.append(name)
                    self.tool_copies.append({"call_id": call_id, "name": name, "arguments": args, "output": out_s,
                                             "is_error": False, "started_at": r6(gen_end), "completed_at": r6(gen_end + run),
                                             "duration_seconds": round(run, 3), "speech_id": speech_id})
                    self.tool_runs.append({"name": name, "args": args, "output": output, "at": gen_end})
                    tc = max(tc, gen_end + run)
                    ctx_tokens += len(out_s) // 4
                    rt_text += len(out_s) // 4
                self.items.extend(fc_items + out_items)
                self.tool_batches.append((tc, names))
                pending_tool_ids.append(speech_id)
                t = tc
                prev_kind = "tool"
                continue
            # assistant
            text = step[1]
            interrupted = bool(opts.get("interrupted"))
            words = len(text.split())
            speech_id = pending_tool_ids[0] if pending_tool_ids else "speech_" + self.ids.hex(12)
            first = last_user_stop is None
            if first:
                gen_start = t
            elif pending_tool_ids:
                gen_start = t + 0.05
            else:
                gen_start = last_user_stop + user_eou[0] + user_eou[2]
                if isinstance(self.items[-1], lk.AgentConfigUpdate):
                    gen_start = self.items[-1].created_at + 0.04
            completion = len(text) // 4 + 3
            meta_llm = dict(RT_MD.model_dump()) if self.realtime else dict(LLM_MD.model_dump())
            m: dict = {}
            if self.realtime:
                ttft = self.u(0.9, 1.6) if not first else self.u(0.6, 0.9)
                if not first and not pending_tool_ids:
                    gen_start = last_user_stop + user_eou[0] + 0.02
                out_audio = int(words * 0.4 * 20)
                rec = self.realtime_record(gen_start, rt_audio, rt_text, out_text=completion, out_audio=out_audio,
                                           ttft=ttft, cancelled=interrupted)
                rt_text += completion
                started = gen_start + ttft + self.u(0.02, 0.06)
                m = {"started_speaking_at": r6(started)}
                spoken = words * 0.4 * (0.5 if interrupted else 1.0)
                m["stopped_speaking_at"] = r6(started + spoken)
                if not first and not answered:  # only the first reply to a user turn has an e2e latency
                    m["e2e_latency"] = r6(started - last_user_stop)
                m["provider_request_ids"] = [rec.request_id]
                m["llm_metadata"] = meta_llm
            else:
                ttft = self.u(0.3, 0.62)
                llm = self.llm_record(gen_start, ctx_tokens, completion, ttft, speech_id, cancelled=interrupted)
                ctx_tokens += completion
                ttfb = self.u(0.18, 0.34)
                ttfs = ttft + self.u(0.08, 0.2)
                started = gen_start + ttfs + ttfb + self.u(0.0, 0.02)
                spoken = words * 0.38 * (0.55 if interrupted else 1.0)
                tps = llm.tokens_per_second
                m = {"started_speaking_at": r6(started), "stopped_speaking_at": r6(started + spoken),
                     "llm_node_ttft": r6(ttft), "llm_node_tps": r6(tps), "llm_node_ttfs": r6(ttfs),
                     "tts_node_ttfb": r6(ttfb), "playback_latency": r6(self.u(0.0008, 0.004) if not self.all_shapes else self.u(0.08, 0.15))}
                if not first and not answered:  # only the first reply to a user turn has an e2e latency
                    m["e2e_latency"] = r6(started - last_user_stop)
                m["provider_request_ids"] = [llm.request_id]
                m["llm_metadata"] = meta_llm
                m["tts_metadata"] = dict(TTS_MD.model_dump())
                tts = lk.TTSMetrics(label=TTS_LABEL, request_id=self.ids.hex(32), timestamp=r6(gen_start + ttfs),
                                    ttfb=r6(ttfb), duration=r6(spoken * 0.6), audio_duration=r6(spoken),
                                    cancelled=interrupted, characters_count=len(text), streamed=True,
                                    segment_id="SEG_" + self.ids.alnum(12), speech_id=speech_id, metadata=TTS_MD)
                if self.all_shapes:
                    tts = lk.TTSMetrics(label="livekit.plugins.openai.tts.TTS", request_id="req_" + self.ids.hex(16),
                                        timestamp=r6(gen_start + ttfs), ttfb=r6(ttfb), duration=r6(spoken * 0.6),
                                        audio_duration=r6(spoken), cancelled=interrupted, characters_count=len(text),
                                        input_tokens=len(text) // 4 + 1, output_tokens=int(spoken * 20), streamed=True,
                                        acquire_time=r6(self.u(0.01, 0.04)), connection_reused=True,
                                        segment_id="SEG_" + self.ids.alnum(12),
                                        speech_id=None if first else speech_id,
                                        metadata=lk.Metadata(model_name="gpt-4o-mini-tts", model_provider="api.openai.com"))
                    m["tts_metadata"] = {"model_name": "gpt-4o-mini-tts", "model_provider": "api.openai.com"}
                if not first and not pending_tool_ids:
                    self.emit(lk.EOUMetrics(timestamp=r6(last_user_stop + user_eou[0]), end_of_utterance_delay=r6(user_eou[0]),
                                            transcription_delay=r6(user_eou[1]), on_user_turn_completed_delay=r6(user_eou[2]),
                                            speech_id=speech_id, metadata=EOU_MD), last_user_stop + user_eou[0])
                self.emit(tts, gen_start + ttfs + spoken * 0.6)
            extra = {"lk.agent_id": agent_id, "lk.speech_id": speech_id} if self.all_shapes else {}
            if self.all_shapes and step[1].startswith("This is the billing"):
                agent_id = "billing_agent"
                extra["lk.agent_id"] = agent_id
            self.items.append(lk.ChatMessage(id=self.ids.item(), role="assistant", content=[text], interrupted=interrupted,
                                             extra=extra, metrics=m, created_at=r6(gen_start)))
            pending_tool_ids = []
            if self.stray_realtime and len(self.records_of("realtime_model_metrics")) == 0 and not first:
                # a realtime model used by a sub-task (e.g. a spoken confirmation) inside a pipeline session
                self.realtime_record(started + spoken + 0.4, 240, 960, out_text=24, out_audio=96, ttft=self.u(0.55, 0.8),
                                     md=lk.Metadata(model_name="gpt-4o-realtime-preview", model_provider="api.openai.com"))
            t = started + spoken
            prev_kind, prev_speech = "a", speech_id
            answered = True
        self.end = t + self.u(1.5, 3.0)
        # keep records in time order (events are emitted as work completes)
        order = sorted(range(len(self.records)), key=lambda i: self.event_times[i])
        self.records = [self.records[i] for i in order]
        self.event_times = [self.event_times[i] for i in order]

    # -- serializations -------------------------------------------------------------------------
    def model_usage(self) -> list:
        return lk.collect_model_usage(self.records)

    def usage_summary(self) -> lk.UsageSummary:
        return lk.collect_usage_summary(self.records)


# ---------------------------------------------------------------------------------------------
# envelope
# ---------------------------------------------------------------------------------------------

PEOPLE = {
    "hubspot": ("Priya Raman", "priya.raman@northwindfreight.com", "Northwind Freight"),
    "roles": ("Marcus Bell", "marcus@bellandreed.law", "Bell & Reed LLP"),
    "pricing": ("Elena Petrova", "elena@studiopetrova.design", "Studio Petrova"),
    "short": ("Sam Okafor", "sam.okafor@brightpathtutoring.com", "Brightpath Tutoring"),
    "all": ("Jonah Fischer", "jonah.fischer@alpinehvac.com", "Alpine HVAC"),
}


def envelope(s: Session, who: str, *, naive: bool = False, minimal: bool = False) -> dict:
    name, email, company = PEOPLE[who]
    ids = Ids(random.Random(s.name))
    uid = str(random.Random(s.name + "u").randint(1000000, 9999999))
    env = {"session_id": f"pd-trial-{who}-{uid}-{ids.alnum(6)}"}
    if not minimal:
        env.update(room_sid="RM_" + ids.alnum(12), job_id="AJ_" + ids.alnum(12), agent_name="pandadoc-trial-success",
                   agent_sdk_version=SDK)
    env.update(start_time=iso(s.start, naive), end_time=iso(s.end, naive), duration_seconds=round(s.end - s.start, 3))
    if not minimal:
        env.update(close_reason="participant_disconnected", shutdown_reason="", participant_id=f"pd-user-{uid}",
                   user_email=email, user_name=name,
                   participant={"identity": f"pd-user-{uid}", "sid": "PA_" + ids.alnum(12), "name": name,
                                "kind": "PARTICIPANT_KIND_STANDARD",
                                "metadata": json.dumps({"user_email": email, "company": company, "plan": "Business Trial"}),
                                "attributes": {"pd.role": "admin"}})
    return env


def signals(who: str) -> dict:
    return {
        "hubspot": {"crm": "hubspot", "team_size": 6, "monthly_volume": 40, "integration_needs": ["hubspot"], "urgency": "medium"},
        "roles": {"industry": "legal", "integration_needs": []},
        "pricing": {"monthly_volume": 10, "team_size": 3, "urgency": "low"},
        "short": {},
        "all": {"industry": "construction", "integration_needs": ["quickbooks"]},
    }[who]


CONNECTION = {"bandwidth_in": 1620.4, "bandwidth_out": 88.1, "packet_loss": 0.21, "jitter": 6.3,
              "device_info": {"sdk": "JS", "sdk_version": "2.15.4", "os": "Windows", "browser": "Edge"}}


# ---------------------------------------------------------------------------------------------
# expected figures, computed from what was written
# ---------------------------------------------------------------------------------------------

def ms(x: float) -> float:
    return round(x * 1000, 3)


def expected(s: Session, payload: dict, usage_source: str, *, records: list | None = None, skip_paths=None,
             tool_counts: dict | None = None) -> dict:
    """records: the metrics records the payload carries (default: all the session emitted). Tokens always come
    from every record the session emitted, which is what each usage source was built from."""
    recs = s.records if records is None else records
    msgs = [i for i in s.items if isinstance(i, lk.ChatMessage)]
    llm_like = [r for r in recs if r.type in ("llm_metrics", "realtime_model_metrics")]
    ttft = [ms(r.ttft) for r in llm_like if r.ttft >= 0]
    e2e = [ms(m.metrics["e2e_latency"]) for m in msgs if m.role == "assistant" and "e2e_latency" in m.metrics]
    node_ttft = [ms(m.metrics["llm_node_ttft"]) for m in msgs if m.role == "assistant" and "llm_node_ttft" in m.metrics]
    im = [r.num_interruptions for r in recs if r.type == "interruption_metrics"]
    interruptions = max(im) if im else sum(1 for m in msgs if m.role == "assistant" and m.interrupted)
    tools: dict[str, int] = {}
    for i in s.items:
        if isinstance(i, lk.FunctionCall):
            tools[i.name] = tools.get(i.name, 0) + 1
    if tool_counts is not None:
        assert tool_counts == tools, (tool_counts, tools)
    # tokens: from the source a reader should pick; every source is built from the same records, so they agree
    llm_usage = [u for u in lk.collect_model_usage(s.records) if isinstance(u, lk.LLMModelUsage)]
    tokens = None
    if usage_source != "message_metrics":
        tokens = {
            "prompt": sum(u.input_tokens for u in llm_usage),
            "completion": sum(u.output_tokens for u in llm_usage),
            "input_cached": sum(u.input_cached_tokens for u in llm_usage),
            "input_audio": sum(u.input_audio_tokens for u in llm_usage),
            "input_cached_audio": sum(u.input_cached_audio_tokens for u in llm_usage),
            "input_text": sum(u.input_text_tokens for u in llm_usage),
            "input_cached_text": sum(u.input_cached_text_tokens for u in llm_usage),
            "input_image": sum(u.input_image_tokens for u in llm_usage),
            "output_audio": sum(u.output_audio_tokens for u in llm_usage),
            "output_text": sum(u.output_text_tokens for u in llm_usage),
        }
        by_model = {f"{u.provider}/{u.model}": {"prompt": u.input_tokens, "completion": u.output_tokens} for u in llm_usage}
        tokens["by_model"] = by_model
    out = {
        "fixture": payload["session_id"],
        "user_messages": sum(1 for m in msgs if m.role == "user"),
        "assistant_messages": sum(1 for m in msgs if m.role == "assistant"),
        "llm_requests": len(llm_like),
        "realtime_requests": sum(1 for r in llm_like if r.type == "realtime_model_metrics"),
        "tokens": tokens,
        "ttft_ms": ttft,
        "e2e_latency_ms": e2e,
        "llm_node_ttft_ms": node_ttft,
        "tool_calls": tools,
        "interruptions": interruptions,
        "interruptions_from": "interruption_metrics" if im else "interrupted_messages",
        "usage_source": usage_source,
    }
    if skip_paths is not None:
        out["skip_paths"] = skip_paths
    return out


# ---------------------------------------------------------------------------------------------
# the fixtures
# ---------------------------------------------------------------------------------------------

T0 = 1793895605.0  # 2026-11-04T16:20:05Z


def dump_records(recs: list) -> list[dict]:
    return [r.model_dump(mode="json") for r in recs]


def fx_realtime_only():
    s = Session("realtime_only", CONV_ROLES, seed=101, start=T0, realtime=True)
    p = envelope(s, "roles")
    p["transcript"] = lk.history_to_dict(s.items, exclude_timestamp=False)
    p["metrics"] = dump_records(s.records)
    p["model_usage"] = lk.report_usage(s.model_usage())
    p["discovered_signals"] = signals("roles")
    p["tool_calls"] = s.tool_copies
    p["connection_quality"] = CONNECTION
    assert all(r.type == "realtime_model_metrics" for r in s.records)
    assert any(r.ttft == -1 for r in s.records)
    return s, p, expected(s, p, "model_usage")


def fx_pipeline_stray_realtime():
    s = Session("pipeline_stray_realtime", CONV_HUBSPOT, seed=102, start=T0 + 3600, stray_realtime=True)
    p = envelope(s, "hubspot")
    p["transcript"] = lk.history_to_dict(s.items, exclude_timestamp=False)
    p["metrics"] = dump_records(s.records)
    p["model_usage"] = [u.model_dump(mode="json") for u in s.model_usage()]
    p["discovered_signals"] = signals("hubspot")
    p["tool_calls"] = s.tool_copies
    p["connection_quality"] = CONNECTION
    assert len(s.records_of("realtime_model_metrics")) == 1
    return s, p, expected(s, p, "model_usage")


def fx_seeds_collection_code():
    s = Session("seeds_collection_code", CONV_HUBSPOT, seed=103, start=T0 + 7200)
    p = envelope(s, "hubspot", naive=True, minimal=True)
    # the seeds' collection code (analytics-strategy.md, appendix): str(ev.metrics) with a naive now().isoformat()
    p["transcript"] = lk.history_to_dict(s.items)  # history.to_dict(): no created_at
    p["discovered_signals"] = signals("hubspot")
    p["metrics"] = [{"timestamp": iso(at, naive=True), "metrics": str(r)} for r, at in zip(s.records, s.event_times)]
    p["tool_calls"] = [{"timestamp": iso(at, naive=True), "tools": names} for at, names in s.tool_batches]
    p["usage_summary"] = dataclasses.asdict(s.usage_summary())
    counts: dict[str, int] = {}
    for _, names in s.tool_batches:
        for n in names:
            counts[n] = counts.get(n, 0) + 1
    assert {r.type for r in s.records} == {"llm_metrics", "stt_metrics", "tts_metrics", "eou_metrics", "vad_metrics"}
    return s, p, expected(s, p, "usage_summary", tool_counts=counts)


def fx_phase1_tool_calls():
    s = Session("phase1_tool_calls", CONV_PRICING, seed=104, start=T0 + 10800)
    p = envelope(s, "pricing", naive=True)
    p["transcript"] = lk.history_to_dict(s.items)
    p["discovered_signals"] = signals("pricing")
    entries = []
    counts: dict[str, int] = {}
    for run in s.tool_runs:
        e = {"tool": run["name"]}
        if run["name"] == "unleash_search_knowledge":
            e.update(query=run["args"]["query"], category=None, timestamp=iso(run["at"], naive=True),
                     results_found=run["output"]["total"] > 0, total_results=run["output"]["total"])
        else:
            e.update(run["args"])
            e.update(timestamp=iso(run["at"], naive=True), success=True)
        entries.append(e)
        counts[run["name"]] = counts.get(run["name"], 0) + 1
    p["tool_calls"] = entries
    p["metrics"] = dump_records(s.records)
    p["usage_summary"] = dataclasses.asdict(s.usage_summary())
    us = s.usage_summary()
    p["metrics_summary"] = {"llm_tokens": us.llm_prompt_tokens + us.llm_completion_tokens,
                            "stt_audio_seconds": round(us.stt_audio_duration, 1), "tts_characters": us.tts_characters_count}
    return s, p, expected(s, p, "usage_summary", tool_counts=counts)


def fx_session_usage_only():
    s = Session("session_usage_only", CONV_PRICING, seed=105, start=T0 + 14400)
    p = envelope(s, "pricing")
    p["transcript"] = lk.history_to_dict(s.items, exclude_timestamp=False)
    # session.usage is an AgentSessionUsage dataclass of pydantic models; its JSON form via pydantic
    p["session_usage"] = TypeAdapter(lk.AgentSessionUsage).dump_python(lk.AgentSessionUsage(model_usage=s.model_usage()), mode="json")
    p["discovered_signals"] = signals("pricing")
    p["tool_calls"] = s.tool_copies
    p["connection_quality"] = CONNECTION
    return s, p, expected(s, p, "session_usage", records=[])


def fx_report_usage():
    s = Session("report_usage", CONV_ROLES, seed=106, start=T0 + 18000)
    p = envelope(s, "roles")
    p["transcript"] = lk.history_to_dict(s.items, exclude_timestamp=False)  # SessionReport uses exclude_timestamp=False
    p["metrics"] = dump_records(s.records)
    p["usage"] = lk.report_usage(s.model_usage())
    p["discovered_signals"] = signals("roles")
    p["tool_calls"] = s.tool_copies
    p["connection_quality"] = CONNECTION
    return s, p, expected(s, p, "usage")


def fx_metrics_collected_events():
    s = Session("metrics_collected_events", CONV_SHORT, seed=107, start=T0 + 21600)
    p = envelope(s, "short")
    p["transcript"] = lk.history_to_dict(s.items, exclude_timestamp=False)
    p["metrics"] = [lk.MetricsCollectedEvent(metrics=r, created_at=r6(at)).model_dump(mode="json")
                    for r, at in zip(s.records, s.event_times)]
    p["discovered_signals"] = signals("short")
    p["tool_calls"] = []
    p["connection_quality"] = CONNECTION
    return s, p, expected(s, p, "metrics")


def fx_message_metrics_only():
    s = Session("message_metrics_only", CONV_HUBSPOT, seed=108, start=T0 + 25200)
    p = envelope(s, "hubspot")
    p["transcript"] = lk.history_to_dict(s.items, exclude_timestamp=False)
    p["discovered_signals"] = signals("hubspot")
    p["tool_calls"] = s.tool_copies
    p["connection_quality"] = CONNECTION
    keys = set()
    for i in s.items:
        if isinstance(i, lk.ChatMessage):
            keys |= set(i.metrics)
    assert keys == set(lk.MetricsReport.__annotations__), set(lk.MetricsReport.__annotations__) - keys
    return s, p, expected(s, p, "message_metrics", records=[])


def fx_all_shapes():
    s = Session("all_shapes", CONV_ALL, seed=109, start=T0 + 28800, all_shapes=True, stray_realtime=True)
    p = envelope(s, "all")
    p["transcript"] = lk.history_to_dict(s.items, exclude_image=False, exclude_timestamp=False)
    p["metrics"] = dump_records(s.records)  # model_dump without exclude_none: explicit nulls
    p["model_usage"] = [u.model_dump(mode="json") for u in s.model_usage()]
    p["discovered_signals"] = signals("all")
    p["tool_calls"] = s.tool_copies
    p["connection_quality"] = CONNECTION
    types = {r.type for r in s.records}
    assert {"eot_inference_metrics", "interruption_metrics", "avatar_metrics", "realtime_model_metrics"} <= types, types
    assert {u["type"] for u in p["model_usage"]} >= {"interruption_usage", "eot_usage"}
    return s, p, expected(s, p, "model_usage")


def fx_garbage_entries():
    s = Session("garbage_entries", CONV_PRICING, seed=110, start=T0 + 32400)
    p = envelope(s, "pricing")
    p["transcript"] = lk.history_to_dict(s.items, exclude_timestamp=False)
    good = dump_records(s.records)
    bad_llm = dict(good[[r["type"] for r in good].index("llm_metrics")])
    bad_llm.update(ttft=str(bad_llm["ttft"]), prompt_tokens=str(bad_llm["prompt_tokens"]), request_id="chatcmpl-garbage-1")
    bad_tts = dict(good[[r["type"] for r in good].index("tts_metrics")])
    bad_tts.update(metadata=[{"model_name": "sonic-3"}], request_id="garbage-tts")
    no_type = {k: v for k, v in good[[r["type"] for r in good].index("stt_metrics")].items() if k != "type"}
    bad_ts = dict(good[[r["type"] for r in good].index("eou_metrics")])
    bad_ts.update(timestamp="2026-11-05T01:20:07")
    garbage = [bad_llm, bad_tts, no_type, 42, bad_ts, [1, 2, 3], "llm_metrics"]
    metrics, skip = [], []
    gi = 0
    for i, rec in enumerate(good):
        metrics.append(rec)
        if i % 3 == 1 and gi < len(garbage):
            skip.append(f"$.metrics[{len(metrics)}]")
            metrics.append(garbage[gi])
            gi += 1
    while gi < len(garbage):
        skip.append(f"$.metrics[{len(metrics)}]")
        metrics.append(garbage[gi])
        gi += 1
    p["metrics"] = metrics
    tools = list(s.tool_copies)
    bad_tools = [
        {"call_id": "call_garbage_1", "name": 123, "arguments": {"query": "x"}},  # name not a string
        ["unleash_search_knowledge", {"query": "pricing"}],                          # array where an object goes
        {"call_id": "call_garbage_2", "name": "unleash_search_knowledge", "started_at": "yesterday"},  # time as text
        "book_sales_meeting",                                                         # bare string
    ]
    tool_calls = [tools[0], bad_tools[0], bad_tools[1]] + tools[1:] + bad_tools[2:]
    for i, e in enumerate(tool_calls):
        if any(e is b for b in bad_tools):
            skip.append(f"$.tool_calls[{i}]")
    p["tool_calls"] = tool_calls
    p["discovered_signals"] = ["team_size:3", "monthly_volume:10"]
    skip.append("$.discovered_signals")
    p["connection_quality"] = dict(CONNECTION, packet_loss="0.4%")
    skip.append("$.connection_quality")
    counts: dict[str, int] = {}
    for e in tools:
        counts[e["name"]] = counts.get(e["name"], 0) + 1
    return s, p, expected(s, p, "metrics", skip_paths=skip, tool_counts=counts)


FIXTURES = {
    "realtime_only": fx_realtime_only,
    "pipeline_stray_realtime": fx_pipeline_stray_realtime,
    "seeds_collection_code": fx_seeds_collection_code,
    "phase1_tool_calls": fx_phase1_tool_calls,
    "session_usage_only": fx_session_usage_only,
    "report_usage": fx_report_usage,
    "metrics_collected_events": fx_metrics_collected_events,
    "message_metrics_only": fx_message_metrics_only,
    "all_shapes": fx_all_shapes,
    "garbage_entries": fx_garbage_entries,
}


def main(argv: list[str]) -> int:
    check = "--check" in argv
    bad = 0
    for name, fn in FIXTURES.items():
        s, payload, exp = fn()
        n = exp["user_messages"] + exp["assistant_messages"]
        assert 6 <= n <= 16, (name, n)
        exp["fixture"] = name
        for suffix, obj in (("", payload), (".expected", exp)):
            path = HERE / f"{name}{suffix}.json"
            text = json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
            json.loads(text)
            if check:
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    print(f"differs: {path.name}")
                    bad += 1
            else:
                path.write_text(text, encoding="utf-8")
        print(f"{name}: {n} messages, {len(s.records)} records, usage from {exp['usage_source']}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
