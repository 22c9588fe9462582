// A clarifying question typed by the candidate, answered with one of a
// shipped scenario's facts or with nothing. Text, so run.sh gives each input
// a time limit (-timeout) to catch a matcher that blows up on some input.
#include "fuzz_targets.hpp"

#include "core/interviewer/clarification_matcher.hpp"

#include <cmath>

namespace rehearse::fuzz {

int clarification(const std::uint8_t* data, std::size_t size) {
    const Scenario& scenario = shippedScenario();
    static ClarificationMatcher matcher(scenario);
    ClarificationResult result = matcher.match(asText(data, size));
    check(std::isfinite(result.score) && result.score >= 0 && result.score <= 1 + 1e-9,
          "a match score outside 0..1");
    if (result.fact) {
        bool known = false;
        for (const Fact& fact : scenario.facts) known = known || &fact == result.fact;
        check(known, "a match names a fact the scenario does not have");
    }
    return 0;
}

}  // namespace rehearse::fuzz
