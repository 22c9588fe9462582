#include "core/interviewer/evidence.hpp"

namespace rehearse {

const char* evidenceSourceId(EvidenceSource source) {
    switch (source) {
        case EvidenceSource::Notes: return "notes";
        case EvidenceSource::Canvas: return "canvas";
        case EvidenceSource::ProbeAnswer: return "probe_answer";
        case EvidenceSource::Written: return "written";
        case EvidenceSource::Question: return "question";
    }
    return "notes";
}

const char* evidenceSourceTitle(EvidenceSource source) {
    switch (source) {
        case EvidenceSource::Notes: return "Notes";
        case EvidenceSource::Canvas: return "Canvas";
        case EvidenceSource::ProbeAnswer: return "Probe answer";
        case EvidenceSource::Written: return "Written answer";
        case EvidenceSource::Question: return "Clarifying question";
    }
    return "";
}

std::string describeEvidenceOrigin(const Evidence& evidence) {
    if (evidence.source == EvidenceSource::Notes && evidence.stage)
        return std::string(stageKindTitle(*evidence.stage)) + " notes";
    std::string out = evidenceSourceTitle(evidence.source);
    if (evidence.stage && evidence.source != EvidenceSource::Notes)
        out += std::string(" (") + stageKindTitle(*evidence.stage) + ")";
    return out;
}

std::string describeMatch(const Evidence& evidence) {
    if (!evidence.example.empty()) return "resembles the example '" + evidence.example + "'";
    return "matched '" + evidence.phrase + "'";
}

}  // namespace rehearse
