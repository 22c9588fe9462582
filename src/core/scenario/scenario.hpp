// The scenario model: one interview question with everything the interviewer
// knows about it. Plain data, filled by ScenarioLoader from a JSON file
// (docs/scenario-format.md) and read by the session, the interviewer engine
// and the panels. Nothing here knows about JSON or the GUI.
#pragma once

#include "core/scenario/rubric_dimension.hpp"
#include "core/scenario/scenario_ids.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

// The six stages of an applied ML design interview, in their fixed order.
enum class StageKind { Clarify, Data, Features, Models, Evaluation, Deployment };

inline constexpr StageKind kAllStageKinds[] = {StageKind::Clarify,  StageKind::Data,
                                               StageKind::Features, StageKind::Models,
                                               StageKind::Evaluation, StageKind::Deployment};

const char* stageKindId(StageKind kind);     // "clarify", "data", ...
const char* stageKindTitle(StageKind kind);  // "Clarify", "Data", ... "Deployment & monitoring"
std::optional<StageKind> stageKindFromId(const std::string& id);

enum class Difficulty { Easy, Medium, Hard };
const char* difficultyId(Difficulty difficulty);
std::optional<Difficulty> difficultyFromId(const std::string& id);

// The seniority a scenario is pitched at, and the one a candidate rehearses
// for. Ordered: a staff candidate also gets what a senior one is asked.
enum class Level { Mid, Senior, Staff };
const char* levelId(Level level);
std::optional<Level> levelFromId(const std::string& id);

// A concept is one idea, written as alternative phrases that all say it
// ("pr auc", "precision-recall curve", "average precision"). A phrase matches
// when its words appear in order after normalising and stemming.
using Concept = std::vector<std::string>;

// Something the interviewer answers when asked, but never volunteers.
struct Fact {
    FactId id;
    std::string topic;               // short label for the revealed-facts list: "Daily volume"
    std::vector<std::string> asks;   // ways a candidate asks for it, in their words
    std::string answer;              // what the interviewer says
    bool important = false;          // a strong candidate asks for this one
};

// Something next to the scenario that the interviewer leaves to the
// candidate's own assumption ("are ads ranked in the same feed?"): asked
// often, answered by no fact. Its asks let the interviewer decline such a
// question in words of its own instead of answering a fact that shares a noun.
struct Assumption {
    std::string id;
    std::string topic;               // "Ads in the feed"
    std::vector<std::string> asks;   // ways a candidate asks about it
    std::string says;                // the interviewer's reply: what to assume
};

// One thing a strong answer covers in a stage.
struct KeyPoint {
    std::string id;
    std::string text;                // the point, as the debrief states it
    std::string why;                 // why it matters, for the debrief
    std::vector<Concept> concepts;   // evidence that it was covered
    int needs = 1;                   // how many of the concepts must appear
    int weight = 1;                  // 1 nice, 2 expected, 3 essential
    // Always set once loaded: the file's, or the stage's default
    // (defaultRubricDimension).
    RubricDimension dimension = RubricDimension::Problem;
    // Sentences from labelled practice answers that earn the point: a
    // statement saying the same in other words covers it too
    // (interviewer/key_point_examples.hpp).
    std::vector<std::string> examples;
};

// When a follow-up probe fires.
struct FollowUpTrigger {
    enum class Kind {
        Enter,    // on entering the stage
        Time,     // after `minute` minutes in the stage
        Mention,  // when notes or canvas mention any of `concepts`
        Missing,  // when `keyPoint` is still uncovered at `minute`
        Leave,    // when the user moves on with `keyPoint` uncovered
    };
    Kind kind = Kind::Enter;
    double minute = 0;               // Time, Missing
    std::vector<Concept> concepts;   // Mention
    std::string keyPoint;            // Missing, Leave
};

struct FollowUp {
    FollowUpId id;
    std::string says;                // the interviewer's words
    FollowUpTrigger trigger;
    int priority = 2;                // 1 low .. 3 high; higher goes first
    std::string keyPoint;            // optional: an answer counts as evidence for it
    // Optional: the lowest candidate level the probe is asked at ("staff":
    // only when the candidate rehearses for staff). Nothing: every level.
    std::optional<Level> level;
};

// Whether `followUp` may be raised for a candidate rehearsing at `candidate`.
bool followUpAppliesAtLevel(const FollowUp& followUp, Level candidate);

// A common mistake; `signs` are concepts whose mention suggests it was made.
// Making it cancels the credit of `keyPoint` (optional): "accuracy as the
// headline metric" undoes "PR-AUC" however well PR-AUC was named.
struct Pitfall {
    std::string id;
    std::string text;
    std::vector<Concept> signs;
    std::string keyPoint;
};

struct Stage {
    StageKind kind = StageKind::Clarify;
    // The scenario's own name for the stage ("Retrieval and context" for the
    // models stage of a RAG design); empty: the kind's title.
    std::string title;
    double minutes = 5;
    std::string goal;
    std::string guidance;
    std::vector<KeyPoint> keyPoints;
    std::vector<FollowUp> followUps;
    std::vector<Pitfall> pitfalls;
    std::string reference;           // what a strong candidate says in this stage

    std::string displayTitle() const { return title.empty() ? stageKindTitle(kind) : title; }
};

// The reference diagram, drawn with the same item kinds as the canvas.
struct DiagramItem {
    std::string id;
    std::string kind;                // canvas item kind: "box", "data_source", ...
    std::string label;
    double x = 0, y = 0, w = 0, h = 0;  // world units; 0 size means the kind's default
    std::string stage;               // optional stage id the item belongs to
};

struct DiagramArrow {
    std::string id;
    std::string from, to;            // DiagramItem ids
    std::string label;
};

struct Diagram {
    std::vector<DiagramItem> items;
    std::vector<DiagramArrow> arrows;
};

struct Scenario {
    int format = 1;
    std::string id;
    std::string title;
    std::string question;            // as the interviewer states it at the start
    Difficulty difficulty = Difficulty::Medium;
    Level level = Level::Senior;     // "level" in the file; senior when absent
    std::vector<std::string> tags;
    double minutes = 45;
    std::vector<Fact> facts;
    std::vector<Assumption> assumptions;  // optional: questions left to the candidate
    std::vector<Stage> stages;       // in StageKind order, each kind at most once
    std::string referenceSummary;
    Diagram referenceDiagram;

    std::string sourcePath;          // where it was loaded from, for messages

    const Stage* findStage(StageKind kind) const;
    // The stage's title in this scenario: its own, or the kind's.
    std::string stageTitle(StageKind kind) const;
    const KeyPoint* findKeyPoint(const std::string& id) const;
    const Fact* findFact(const FactId& id) const;
    const Assumption* findAssumption(const std::string& id) const;
};

}  // namespace rehearse
