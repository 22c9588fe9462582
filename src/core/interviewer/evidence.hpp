// What the candidate produced, as texts the interviewer can search: the
// notes of each stage, canvas labels, answers to probes, or a written answer
// scored from the command line. Each text carries where it came from so the
// debrief can say "in your Data notes" or "on the canvas".
#pragma once

#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>

namespace rehearse {

enum class EvidenceSource { Notes, Canvas, ProbeAnswer, Written, Question };

// "notes", "canvas", "probe_answer", "written", "question"
const char* evidenceSourceId(EvidenceSource source);
// "Notes", "Canvas", "Probe answer", "Written answer", "Clarifying question"
const char* evidenceSourceTitle(EvidenceSource source);

struct EvidenceText {
    EvidenceSource source = EvidenceSource::Notes;
    std::optional<StageKind> stage;  // the stage it was written in; none: not tied to a stage
    std::string text;
    std::string ref;                 // probe follow-up id or canvas item id, for the UI; may be empty
};

// Where one concept was found.
struct Evidence {
    EvidenceSource source = EvidenceSource::Notes;
    std::optional<StageKind> stage;
    std::string ref;
    std::string phrase;    // the concept's alternative that matched; empty when `example` is set
    std::string example;   // the key point example the sentence resembles (key_point_examples.hpp)
    std::string sentence;  // the sentence or label it matched in
};

// "Data notes", "Canvas", "Probe answer (Evaluation)", "Written answer".
std::string describeEvidenceOrigin(const Evidence& evidence);

// What made the sentence count, for authors: "matched 'pr auc'" or
// "resembles the example 'Catch rate at 0.05% FPR ...'".
std::string describeMatch(const Evidence& evidence);

}  // namespace rehearse
