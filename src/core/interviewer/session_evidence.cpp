#include "core/interviewer/session_evidence.hpp"

#include "core/text/blank_text.hpp"
#include "core/text/tokenizer.hpp"

namespace rehearse {

namespace {

// Whether `label` already contains the words of `title`, in order.
bool saysAlready(const std::string& label, const std::string& title) {
    const auto labelWords = tokenWords(label);
    const auto titleWords = tokenWords(title);
    if (titleWords.empty() || titleWords.size() > labelWords.size()) return titleWords.empty();
    for (std::size_t i = 0; i + titleWords.size() <= labelWords.size(); ++i) {
        bool all = true;
        for (std::size_t j = 0; j < titleWords.size() && all; ++j) all = labelWords[i + j] == titleWords[j];
        if (all) return true;
    }
    return false;
}

}  // namespace

std::string canvasItemEvidenceText(const CanvasItem& item) {
    std::string text = isBlank(item.label) ? std::string() : item.label;
    if (isBlockKind(item.kind) && item.kind != ItemKind::Box) {
        const std::string title = itemKindTitle(item.kind);
        if (text.empty()) return title;
        if (!saysAlready(text, title)) text += " [" + title + "]";
    }
    return text;
}

std::vector<EvidenceText> evidenceFromSession(const Session& session) {
    std::vector<EvidenceText> texts;
    const Scenario& scenario = session.scenario();
    for (std::size_t i = 0; i < session.stageCount(); ++i) {
        const std::string& notes = session.stageProgress(StageIndex(i)).notes;
        if (!isBlank(notes)) texts.push_back({EvidenceSource::Notes, scenario.stages[i].kind, notes, ""});
    }
    for (const CanvasItem& item : session.canvas().items()) {
        std::string text = canvasItemEvidenceText(item);
        if (text.empty()) continue;
        texts.push_back({EvidenceSource::Canvas, stageKindFromId(item.stage), std::move(text),
                         std::to_string(item.id.value)});
    }
    // What was asked counts for the clarify points: asking for the latency
    // budget is how a candidate shows they care about it.
    for (const Clarification& question : session.clarifications()) {
        if (isBlank(question.question) || question.stage.value >= scenario.stages.size()) continue;
        texts.push_back({EvidenceSource::Question, scenario.stages[question.stage.value].kind, question.question, ""});
    }
    for (const Probe& probe : session.probes()) {
        if (probe.state != Probe::State::Answered || isBlank(probe.answer)) continue;
        const std::optional<StageKind> stage =
            probe.stage.value < scenario.stages.size() ? std::optional<StageKind>(scenario.stages[probe.stage.value].kind)
                                                 : std::nullopt;
        texts.push_back({EvidenceSource::ProbeAnswer, stage, probe.answer, probe.followUpId.value});
    }
    return texts;
}

}  // namespace rehearse
