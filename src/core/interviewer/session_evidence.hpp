// Gathers everything a session holds that can show coverage: each stage's
// notes, the text of every canvas item (tagged with the stage it was drawn
// in) and every answered probe.
#pragma once

#include "core/interviewer/evidence.hpp"
#include "core/session/session.hpp"

#include <vector>

namespace rehearse {

std::vector<EvidenceText> evidenceFromSession(const Session& session);

// The text of one canvas item as the interviewer reads it: its label, and
// for an ML block whose label does not already say so, the block's kind
// ("user features [Feature store]"), since placing the block is itself a
// statement. Empty when the item says nothing.
std::string canvasItemEvidenceText(const CanvasItem& item);

}  // namespace rehearse
