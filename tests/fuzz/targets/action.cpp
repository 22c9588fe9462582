// Actions as JSON, as they come back from a stored journal, an imported
// session file and (later) a partner: one action or an array of them,
// replayed on a session of a shipped scenario. Every action this version
// reads must write back to the same JSON it reads again.
#include "fuzz_targets.hpp"

#include "core/session/session.hpp"

#include <nlohmann/json.hpp>

namespace rehearse::fuzz {
namespace {

void readAndApply(const nlohmann::json& entry, Session& session) {
    std::optional<Action> action = actionFromJson(entry);
    if (!action) return;
    nlohmann::json written = actionToJson(*action);
    std::optional<Action> reread = actionFromJson(written);
    check(reread.has_value(), "an action's own JSON is refused");
    check(actionToJson(*reread) == written, "an action's JSON changes when read and written again");
    session.apply(*action);
}

}  // namespace

int action(const std::uint8_t* data, std::size_t size) {
    nlohmann::json json = nlohmann::json::parse(asText(data, size), nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) return 0;
    Session session(shippedScenario());
    if (json.is_array())
        for (const nlohmann::json& entry : json) readAndApply(entry, session);
    else
        readAndApply(json, session);
    return 0;
}

}  // namespace rehearse::fuzz
