#include "core/pair/scorecard.hpp"

namespace rehearse {

const char* scorecardAuthorId(ScorecardAuthor author) {
    return author == ScorecardAuthor::Interviewer ? "interviewer" : "candidate";
}

std::optional<ScorecardAuthor> scorecardAuthorFromId(const std::string& id) {
    if (id == "interviewer") return ScorecardAuthor::Interviewer;
    if (id == "candidate") return ScorecardAuthor::Candidate;
    return std::nullopt;
}

const char* advanceVerdictId(AdvanceVerdict verdict) {
    switch (verdict) {
        case AdvanceVerdict::Undecided: return "undecided";
        case AdvanceVerdict::Yes: return "yes";
        case AdvanceVerdict::No: return "no";
    }
    return "undecided";
}

std::optional<AdvanceVerdict> advanceVerdictFromId(const std::string& id) {
    for (AdvanceVerdict v : {AdvanceVerdict::Undecided, AdvanceVerdict::Yes, AdvanceVerdict::No})
        if (id == advanceVerdictId(v)) return v;
    return std::nullopt;
}

bool Scorecard::isComplete() const {
    for (const DimensionScore& d : dimensions)
        if (d.level == ScoreLevel::Unscored) return false;
    return advance != AdvanceVerdict::Undecided;
}

bool Scorecard::operator==(const Scorecard& other) const {
    for (std::size_t i = 0; i < dimensions.size(); ++i)
        if (dimensions[i].level != other.dimensions[i].level || dimensions[i].evidence != other.dimensions[i].evidence)
            return false;
    return advance == other.advance && strengths == other.strengths && improvements == other.improvements;
}

}  // namespace rehearse
