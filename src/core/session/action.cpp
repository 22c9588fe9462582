#include "core/session/action.hpp"

#include "core/pair/scorecard_json.hpp"

namespace rehearse {

// Not `json`: a unity batch may put this beside a file whose own `json` is another type.
using ActionJson = nlohmann::json;

namespace {

// The "more_facts" array: the ids' text, in order.
ActionJson factIdListToJson(const std::vector<FactId>& ids) {
    ActionJson out = ActionJson::array();
    for (const FactId& id : ids) out.push_back(id.value);
    return out;
}

std::vector<FactId> factIdListFromJson(const ActionJson& list) {
    std::vector<FactId> ids;
    for (const std::string& text : list.get<std::vector<std::string>>()) ids.emplace_back(text);
    return ids;
}

// One name per payload type, used both ways.
struct TypeName {
    const char* operator()(const SetNotes&) const { return "set_notes"; }
    const char* operator()(const AskClarification&) const { return "ask_clarification"; }
    const char* operator()(const RaiseFollowUp&) const { return "raise_follow_up"; }
    const char* operator()(const AnswerFollowUp&) const { return "answer_follow_up"; }
    const char* operator()(const SkipFollowUp&) const { return "skip_follow_up"; }
    const char* operator()(const GoToStage&) const { return "go_to_stage"; }
    const char* operator()(const CanvasApply&) const { return "canvas_apply"; }
    const char* operator()(const CanvasUndo&) const { return "canvas_undo"; }
    const char* operator()(const CanvasRedo&) const { return "canvas_redo"; }
    const char* operator()(const PauseClock&) const { return "pause_clock"; }
    const char* operator()(const ResumeClock&) const { return "resume_clock"; }
    const char* operator()(const FinishSession&) const { return "finish_session"; }
    const char* operator()(const SetSelfAssessment&) const { return "set_self_assessment"; }
    const char* operator()(const EditNotes&) const { return "edit_notes"; }
    const char* operator()(const SetCanvasView&) const { return "set_canvas_view"; }
    const char* operator()(const ChooseLevel&) const { return "choose_level"; }
    const char* operator()(const StartPair&) const { return "start_pair"; }
    const char* operator()(const PoseQuestion&) const { return "pose_question"; }
    const char* operator()(const AnswerQuestion&) const { return "answer_question"; }
    const char* operator()(const NudgeMoveOn&) const { return "nudge_move_on"; }
    const char* operator()(const InterviewerNote&) const { return "interviewer_note"; }
    const char* operator()(const SetScorecard&) const { return "set_scorecard"; }
};

struct PayloadToJson {
    ActionJson& out;
    void operator()(const SetNotes& a) const { out["stage"] = a.stage.value; out["text"] = a.text; }
    void operator()(const AskClarification& a) const {
        out["question"] = a.question;
        out["fact"] = a.factId.value;
        if (!a.moreFactIds.empty()) out["more_facts"] = factIdListToJson(a.moreFactIds);  // journals before compound answers lack it
        if (!a.assumptionId.empty()) out["assumption"] = a.assumptionId;
    }
    void operator()(const RaiseFollowUp& a) const { out["follow_up"] = a.followUpId.value; out["says"] = a.says; }
    void operator()(const AnswerFollowUp& a) const { out["probe"] = a.probe.value; out["text"] = a.text; }
    void operator()(const SkipFollowUp& a) const { out["probe"] = a.probe.value; }
    void operator()(const GoToStage& a) const { out["stage"] = a.stage.value; }
    void operator()(const CanvasApply& a) const { out["command"] = toJson(a.command); }
    void operator()(const CanvasUndo&) const {}
    void operator()(const CanvasRedo&) const {}
    void operator()(const PauseClock&) const {}
    void operator()(const ResumeClock&) const {}
    void operator()(const FinishSession& a) const {
        if (a.partnerLeft) out["partner_left"] = pairRoleId(*a.partnerLeft);
    }
    void operator()(const SetSelfAssessment& a) const {
        ActionJson ratings = ActionJson::object();
        for (AssessmentDimension d : kAssessmentDimensions) ratings[assessmentDimensionId(d)] = a.assessment.rating(d);
        out["ratings"] = ratings;
        out["notes"] = a.assessment.notes;
    }
    void operator()(const SetCanvasView& a) const {
        out["centre_x"] = a.centreX;
        out["centre_y"] = a.centreY;
        out["zoom"] = a.zoom;
    }
    void operator()(const EditNotes& a) const {
        out["stage"] = a.stage.value;
        out["offset"] = a.offset;
        out["erase"] = a.erase;
        out["insert"] = a.insert;
    }
    void operator()(const ChooseLevel& a) const { out["level"] = levelId(a.level); }
    void operator()(const StartPair& a) const {
        out["interviewer"] = a.interviewerName;
        out["candidate"] = a.candidateName;
        if (a.keptBy) out["kept_by"] = pairRoleId(*a.keptBy);
    }
    void operator()(const PoseQuestion& a) const { out["question"] = a.question; }
    void operator()(const AnswerQuestion& a) const { out["fact"] = a.factId.value; out["says"] = a.says; }
    void operator()(const NudgeMoveOn& a) const { out["says"] = a.says; }
    void operator()(const InterviewerNote& a) const { out["text"] = a.text; }
    void operator()(const SetScorecard& a) const {
        out["author"] = scorecardAuthorId(a.author);
        out["scorecard"] = scorecardToJson(a.scorecard);
    }
};

std::optional<ActionPayload> payloadFromJson(const std::string& type, const ActionJson& j) {
    auto str = [&](const char* key) { return j.at(key).get<std::string>(); };
    auto index = [&](const char* key) { return j.at(key).get<std::size_t>(); };
    auto stage = [&](const char* key) { return StageIndex(index(key)); };
    auto probe = [&](const char* key) { return ProbeIndex(index(key)); };
    if (type == "set_notes") return SetNotes{stage("stage"), str("text")};
    if (type == "edit_notes") return EditNotes{stage("stage"), index("offset"), index("erase"), str("insert")};
    if (type == "ask_clarification") {
        AskClarification ask{str("question"), FactId(str("fact")), {}};
        if (j.contains("more_facts")) ask.moreFactIds = factIdListFromJson(j.at("more_facts"));
        if (j.contains("assumption")) ask.assumptionId = str("assumption");
        return ask;
    }
    if (type == "raise_follow_up") return RaiseFollowUp{FollowUpId(str("follow_up")), str("says")};
    if (type == "answer_follow_up") return AnswerFollowUp{probe("probe"), str("text")};
    if (type == "skip_follow_up") return SkipFollowUp{probe("probe")};
    if (type == "go_to_stage") return GoToStage{stage("stage")};
    if (type == "canvas_apply") {
        auto command = canvasCommandFromJson(j.at("command"));
        if (!command) return std::nullopt;
        return CanvasApply{std::move(*command)};
    }
    if (type == "set_canvas_view")
        return SetCanvasView{j.at("centre_x").get<double>(), j.at("centre_y").get<double>(), j.at("zoom").get<double>()};
    if (type == "canvas_undo") return CanvasUndo{};
    if (type == "canvas_redo") return CanvasRedo{};
    if (type == "pause_clock") return PauseClock{};
    if (type == "resume_clock") return ResumeClock{};
    if (type == "finish_session") {
        FinishSession finish;
        if (j.contains("partner_left")) {
            finish.partnerLeft = pairRoleFromId(str("partner_left"));
            if (!finish.partnerLeft) return std::nullopt;
        }
        return finish;
    }
    if (type == "choose_level") {
        auto level = levelFromId(str("level"));
        if (!level) return std::nullopt;
        return ChooseLevel{*level};
    }
    if (type == "start_pair") {
        StartPair start{str("interviewer"), str("candidate")};
        if (j.contains("kept_by")) {
            start.keptBy = pairRoleFromId(str("kept_by"));
            if (!start.keptBy) return std::nullopt;
        }
        return start;
    }
    if (type == "pose_question") return PoseQuestion{str("question")};
    if (type == "answer_question") return AnswerQuestion{FactId(str("fact")), str("says")};
    if (type == "nudge_move_on") return NudgeMoveOn{str("says")};
    if (type == "interviewer_note") return InterviewerNote{str("text")};
    if (type == "set_scorecard") {
        auto author = scorecardAuthorFromId(str("author"));
        auto scorecard = scorecardFromJson(j.at("scorecard"));
        if (!author || !scorecard) return std::nullopt;
        return SetScorecard{*author, std::move(*scorecard)};
    }
    if (type == "set_self_assessment") {
        SetSelfAssessment a;
        const ActionJson& ratings = j.at("ratings");
        for (AssessmentDimension d : kAssessmentDimensions)
            if (ratings.contains(assessmentDimensionId(d)))
                a.assessment.setRating(d, ratings.at(assessmentDimensionId(d)).get<int>());
        a.assessment.notes = str("notes");
        return a;
    }
    return std::nullopt;
}

}  // namespace

const char* actionTypeName(const Action& action) { return std::visit(TypeName{}, action.payload); }

ActionJson actionToJson(const Action& action) {
    ActionJson out = ActionJson::object();
    out["type"] = actionTypeName(action);
    out["at"] = action.at;
    std::visit(PayloadToJson{out}, action.payload);
    return out;
}

std::optional<Action> actionFromJson(const ActionJson& j) {
    // A journal written by someone else may hold anything: never throw.
    try {
        if (!j.is_object()) return std::nullopt;
        double at = j.at("at").get<double>();
        if (!(at >= 0)) return std::nullopt;
        auto payload = payloadFromJson(j.at("type").get<std::string>(), j);
        if (!payload) return std::nullopt;
        return Action{at, std::move(*payload)};
    } catch (const ActionJson::exception&) {
        return std::nullopt;
    }
}

}  // namespace rehearse
