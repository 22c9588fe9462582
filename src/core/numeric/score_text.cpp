#include "core/numeric/score_text.hpp"

#include <cstdio>

namespace rehearse {

std::string scoreText(double score) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", score);
    return buffer;
}

}  // namespace rehearse
