#include "core/scenario/scenario_lint.hpp"

#include "core/scenario/diagram_lint.hpp"
#include "core/scenario/scenario_file_locations.hpp"
#include "core/text/concept_phrase_lint.hpp"

#include <cctype>
#include <map>
#include <memory>
#include <set>

namespace rehearse {
namespace {

using FileLocations = ScenarioFileLocations;

bool hasWord(const std::string& phrase) {
    for (const char byte : phrase) {
        const auto c = static_cast<unsigned char>(byte);  // std::isalnum takes 0..255
        if (std::isalnum(c) || c >= 0x80) return true;
    }
    return false;
}

std::string count(std::size_t n, const char* what) { return std::to_string(n) + " " + what; }

// Phrases that would credit the wrong text (text/concept_phrase_lint.hpp).
void lintConcepts(const std::vector<Concept>& concepts, const std::string& at, bool keyPoint, Stemmer& stemmer,
                  const FileLocations& file, Diagnostics& out) {
    for (std::size_t c = 0; c < concepts.size(); ++c)
        for (std::size_t p = 0; p < concepts[c].size(); ++p)
            for (std::string& problem : conceptPhraseProblems(concepts[c][p], stemmer, keyPoint))
                out.push_back(file.at(at + "/" + std::to_string(c) + "/" + std::to_string(p), std::move(problem)));
}

void lintOne(const Scenario& s, const FileLocations& file, const LintMinimums& min, Stemmer& stemmer,
             Diagnostics& out) {
    if (s.facts.size() < min.facts)
        out.push_back(file.at("/facts", "has " + count(s.facts.size(), "facts") + "; a scenario needs at least " +
                                            std::to_string(min.facts)));
    std::size_t important = 0;
    for (const Fact& f : s.facts) important += f.important ? 1 : 0;
    if (important < min.importantFacts)
        out.push_back(file.at("/facts", "has " + count(important, "important facts") + "; mark at least " +
                                            std::to_string(min.importantFacts) + " that a strong candidate asks"));

    std::set<StageKind> present;
    for (std::size_t i = 0; i < s.stages.size(); ++i) {
        const Stage& stage = s.stages[i];
        present.insert(stage.kind);
        std::string at = "/stages/" + std::to_string(i);
        std::string name = std::string("stage '") + stageKindId(stage.kind) + "' ";
        if (stage.keyPoints.size() < min.keyPointsPerStage)
            out.push_back(file.at(at + "/key_points", name + "has " + count(stage.keyPoints.size(), "key points") +
                                                          "; needs at least " + std::to_string(min.keyPointsPerStage)));
        if (stage.followUps.size() < min.followUpsPerStage)
            out.push_back(file.at(at, name + "has " + count(stage.followUps.size(), "follow-ups") +
                                          "; needs at least " + std::to_string(min.followUpsPerStage)));
        if (stage.pitfalls.size() < min.pitfallsPerStage)
            out.push_back(file.at(at, name + "has " + count(stage.pitfalls.size(), "pitfalls") +
                                          "; needs at least " + std::to_string(min.pitfallsPerStage)));
        std::set<FollowUpTrigger::Kind> kinds;
        for (const FollowUp& f : stage.followUps) kinds.insert(f.trigger.kind);
        if (!stage.followUps.empty() && kinds.size() < min.triggerKindsPerStage)
            out.push_back(file.at(at + "/follow_ups", name + "uses " + count(kinds.size(), "trigger kind(s)") +
                                                          "; mix at least " + std::to_string(min.triggerKindsPerStage)));
        for (std::size_t k = 0; k < stage.keyPoints.size(); ++k) {
            const KeyPoint& point = stage.keyPoints[k];
            std::string kpAt = at + "/key_points/" + std::to_string(k);
            bool matchable = false;
            for (const Concept& c : point.concepts)
                for (const std::string& phrase : c) matchable = matchable || hasWord(phrase);
            if (!matchable)
                out.push_back(file.at(kpAt + "/concepts", "key point '" + point.id + "' has no phrase that can match"));
            lintConcepts(point.concepts, kpAt + "/concepts", true, stemmer, file, out);
        }
        for (std::size_t k = 0; k < stage.pitfalls.size(); ++k)
            lintConcepts(stage.pitfalls[k].signs, at + "/pitfalls/" + std::to_string(k) + "/signs", false, stemmer,
                         file, out);
    }
    for (StageKind kind : kAllStageKinds)
        if (!present.count(kind))
            out.push_back(file.at("/stages", std::string("stage '") + stageKindId(kind) + "' is missing"));

    if (s.referenceDiagram.items.size() < min.diagramItems)
        out.push_back(file.at("/reference/diagram/items",
                              "the reference diagram has " + count(s.referenceDiagram.items.size(), "items") +
                                  "; draw at least " + std::to_string(min.diagramItems)));
    for (DiagramProblem& problem : diagramProblems(s.referenceDiagram))
        out.push_back(file.at("/reference/diagram" + problem.pointer, "reference diagram: " + problem.message));
}

// Every prose string of a scenario with the pointer it sits at.
std::vector<std::pair<std::string, const std::string*>> proseOf(const Scenario& s) {
    std::vector<std::pair<std::string, const std::string*>> out;
    out.emplace_back("/question", &s.question);
    out.emplace_back("/reference/summary", &s.referenceSummary);
    for (std::size_t i = 0; i < s.facts.size(); ++i)
        out.emplace_back("/facts/" + std::to_string(i) + "/answer", &s.facts[i].answer);
    for (std::size_t i = 0; i < s.stages.size(); ++i) {
        const Stage& st = s.stages[i];
        std::string at = "/stages/" + std::to_string(i);
        out.emplace_back(at + "/goal", &st.goal);
        out.emplace_back(at + "/guidance", &st.guidance);
        out.emplace_back(at + "/reference", &st.reference);
        for (std::size_t k = 0; k < st.keyPoints.size(); ++k) {
            std::string kp = at + "/key_points/" + std::to_string(k);
            out.emplace_back(kp + "/text", &st.keyPoints[k].text);
            out.emplace_back(kp + "/why", &st.keyPoints[k].why);
        }
        for (std::size_t k = 0; k < st.followUps.size(); ++k)
            out.emplace_back(at + "/follow_ups/" + std::to_string(k) + "/says", &st.followUps[k].says);
        for (std::size_t k = 0; k < st.pitfalls.size(); ++k)
            out.emplace_back(at + "/pitfalls/" + std::to_string(k) + "/text", &st.pitfalls[k].text);
    }
    return out;
}

}  // namespace

Diagnostics lintScenarios(const std::vector<Scenario>& scenarios, const LintMinimums& minimums,
                          const ScenarioSourceTexts* inMemory) {
    Diagnostics out;
    std::vector<std::unique_ptr<FileLocations>> files;
    for (const Scenario& s : scenarios) files.push_back(std::make_unique<FileLocations>(s.sourcePath, inMemory));

    Stemmer stemmer;
    for (std::size_t i = 0; i < scenarios.size(); ++i) lintOne(scenarios[i], *files[i], minimums, stemmer, out);

    // Identical prose in two places reads as boilerplate to a candidate who
    // does several scenarios; within one file it is usually a paste slip.
    std::map<std::string, std::pair<std::size_t, std::string>> firstSeen;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        for (const auto& [pointer, text] : proseOf(scenarios[i])) {
            if (text->size() < minimums.duplicateTextLength) continue;
            auto [it, inserted] = firstSeen.emplace(*text, std::make_pair(i, pointer));
            if (!inserted)
                out.push_back(files[i]->at(pointer, "same text as " + scenarios[it->second.first].sourcePath +
                                                        " at " + it->second.second));
        }
    }
    return out;
}

}  // namespace rehearse
