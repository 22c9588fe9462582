// A matcher's score (0..1) as the two decimals every author-facing message
// shows: "0.31". One format for the lint, the blessed checks, the matcher's
// reasons and the editor's "Try it" pane.
#pragma once

#include <string>

namespace rehearse {

std::string scoreText(double score);

}  // namespace rehearse
