#include "core/pair/pair_message.hpp"

#include "core/json/untrusted_json.hpp"

#include <limits>

namespace rehearse {

using nlohmann::json;

namespace {

struct ToJson {
    json operator()(const PairHello& m) const {
        json out = {{"type", "hello"}, {"magic", kPairMagic}, {"protocol", m.protocol},
                    {"role", pairRoleId(m.role)}, {"name", m.name}};
        if (!m.scenario.empty()) out["scenario"] = m.scenario;
        return out;
    }
    json operator()(const PairOpening& m) const {
        return {{"type", "opening"}, {"scenario", openingToJson(m.scenario)}};
    }
    json operator()(const PairActionMessage& m) const {
        json out = {{"type", "action"}, {"seq", m.seq}, {"action", actionToJson(m.action)}};
        if (m.of != 0) out["of"] = m.of;
        if (m.fact) out["fact"] = revealedFactToJson(*m.fact);
        return out;
    }
    json operator()(const PairResend& m) const { return {{"type", "resend"}, {"from", m.from}}; }
    json operator()(const PairReveal& m) const {
        json out = {{"type", "reveal"}};
        // Our own canonical text (scenarioCopyFromText wrote it): it parses.
        if (m.copy) out["scenario"] = json::parse(m.copy->definition);
        return out;
    }
    json operator()(const PairHistoryMessage& m) const {
        const auto list = [](const std::vector<ScenarioSeen>& seen) {
            json out = json::array();
            for (const ScenarioSeen& s : seen) out.push_back({{"id", s.scenarioId}, {"hash", s.hash}});
            return out;
        };
        return {{"type", "history"},
                {"as_candidate", list(m.history.asCandidate)},
                {"as_interviewer", list(m.history.asInterviewer)}};
    }
    json operator()(const PairDone&) const { return {{"type", "done"}}; }
    json operator()(const PairBye& m) const { return {{"type", "bye"}, {"reason", m.reason}}; }
};

PairMessageDecoding refuse(std::string error) { return {std::nullopt, "pair message: " + std::move(error)}; }

// The string under `key`, or an error naming it.
std::optional<std::string> stringField(const json& j, const char* key, std::string& error) {
    auto it = j.find(key);
    if (it == j.end()) return error = std::string("'") + key + "' is missing", std::nullopt;
    if (!it->is_string()) return error = std::string("'") + key + "' must be a string", std::nullopt;
    return it->get<std::string>();
}

// A whole number 0..max under `key` (JSON numbers may arrive as doubles or negative).
std::optional<std::uint64_t> countField(const json& j, const char* key, std::string& error) {
    auto it = j.find(key);
    if (it == j.end()) return error = std::string("'") + key + "' is missing", std::nullopt;
    if (!it->is_number_unsigned())
        return error = std::string("'") + key + "' must be a whole number of at least 0", std::nullopt;
    return it->get<std::uint64_t>();
}

// A history list: at most kMaxHistoryEntries scenarios, each an id (as long
// as a hello's scenario may be) and a hash that may be empty.
std::optional<std::vector<ScenarioSeen>> seenList(const json& j, const char* key, std::string& error) {
    auto it = j.find(key);
    if (it == j.end()) return error = std::string("'") + key + "' is missing", std::nullopt;
    if (!it->is_array()) return error = std::string("'") + key + "' must be a list", std::nullopt;
    if (it->size() > kMaxHistoryEntries)
        return error = std::string("'") + key + "' lists more than " + std::to_string(kMaxHistoryEntries) +
                       " scenarios", std::nullopt;
    std::vector<ScenarioSeen> seen;
    for (const json& entry : *it) {
        if (!entry.is_object()) return error = std::string("'") + key + "' must list objects", std::nullopt;
        auto id = stringField(entry, "id", error);
        if (!id) return std::nullopt;
        auto hash = stringField(entry, "hash", error);
        if (!hash) return std::nullopt;
        if (id->empty() || id->size() > kMaxDisplayNameBytes * 4 || hash->size() > 128)
            return error = std::string("'") + key + "' holds an id or hash of the wrong length", std::nullopt;
        seen.push_back({std::move(*id), std::move(*hash)});
    }
    return seen;
}

PairMessageDecoding decodeObject(const json& j) {
    std::string error;
    auto type = stringField(j, "type", error);
    if (!type) return refuse(error);
    if (*type == "hello") {
        auto magic = stringField(j, "magic", error);
        if (!magic) return refuse(error);
        if (*magic != kPairMagic) return refuse("this is not a Rehearse pair partner ('magic' is '" + *magic + "')");
        auto protocol = countField(j, "protocol", error);
        if (!protocol) return refuse(error);
        if (*protocol > static_cast<std::uint64_t>(std::numeric_limits<int>::max()))
            return refuse("'protocol' is out of range");
        auto role = stringField(j, "role", error);
        if (!role) return refuse(error);
        auto parsedRole = pairRoleFromId(*role);
        if (!parsedRole) return refuse("'role' must be interviewer or candidate, not '" + *role + "'");
        auto name = stringField(j, "name", error);
        if (!name) return refuse(error);
        if (name->size() > kMaxDisplayNameBytes)
            return refuse("'name' is longer than " + std::to_string(kMaxDisplayNameBytes) + " bytes");
        std::string scenario;
        if (j.contains("scenario")) {
            auto id = stringField(j, "scenario", error);
            if (!id) return refuse(error);
            if (id->size() > kMaxDisplayNameBytes * 4) return refuse("'scenario' is too long");
            scenario = *id;
        }
        return {PairHello{static_cast<int>(*protocol), *parsedRole, *name, scenario}, {}};
    }
    if (*type == "opening") {
        auto it = j.find("scenario");
        if (it == j.end()) return refuse("'scenario' is missing");
        auto opening = openingFromJson(*it, error);
        if (!opening) return refuse(error);
        return {PairOpening{std::move(*opening)}, {}};
    }
    if (*type == "action") {
        auto seq = countField(j, "seq", error);
        if (!seq) return refuse(error);
        auto it = j.find("action");
        if (it == j.end()) return refuse("'action' is missing");
        std::optional<Action> action = actionFromJson(*it);
        if (!action) return refuse("'action' is not an action this version understands");
        PairActionMessage message{*seq, std::move(*action), 0, std::nullopt};
        if (j.contains("of")) {
            auto of = countField(j, "of", error);
            if (!of) return refuse(error);
            message.of = *of;
        }
        if (auto fact = j.find("fact"); fact != j.end()) {
            message.fact = revealedFactFromJson(*fact, error);
            if (!message.fact) return refuse(error);
        }
        return {std::move(message), {}};
    }
    if (*type == "resend") {
        auto from = countField(j, "from", error);
        if (!from) return refuse(error);
        return {PairResend{*from}, {}};
    }
    if (*type == "reveal") {
        PairReveal reveal;
        if (auto it = j.find("scenario"); it != j.end()) {
            if (!it->is_object()) return refuse("'scenario' must be a scenario file's JSON object");
            // The scenario loader reads it as it reads any file someone else wrote.
            reveal.copy = scenarioCopyFromText(dumpJson(*it), error);
            if (reveal.copy) reveal.scenario = scenarioFromCopy(*reveal.copy, error);
            if (!reveal.scenario) return refuse("'scenario' is not a scenario this version reads: " + error);
        }
        return {std::move(reveal), {}};
    }
    if (*type == "history") {
        PairHistoryMessage message;
        auto asCandidate = seenList(j, "as_candidate", error);
        if (!asCandidate) return refuse(error);
        auto asInterviewer = seenList(j, "as_interviewer", error);
        if (!asInterviewer) return refuse(error);
        message.history = {std::move(*asCandidate), std::move(*asInterviewer)};
        return {std::move(message), {}};
    }
    if (*type == "done") return {PairDone{}, {}};
    if (*type == "bye") {
        auto reason = stringField(j, "reason", error);
        if (!reason) return refuse(error);
        return {PairBye{*reason}, {}};
    }
    return refuse("unknown type '" + *type + "'");
}

}  // namespace

std::string encodePairMessage(const PairMessage& message) { return dumpJson(std::visit(ToJson{}, message)); }

PairMessageDecoding decodePairMessage(std::string_view bytes) {
    if (bytes.size() > kMaxPairMessageBytes)
        return refuse("it is " + std::to_string(bytes.size()) + " bytes, more than the " +
                      std::to_string(kMaxPairMessageBytes) + " allowed");
    std::string error;
    std::optional<json> parsed = parseUntrustedJson(bytes, &error);
    if (!parsed) return refuse(error);
    if (!parsed->is_object()) return refuse("it must be a JSON object");
    try {
        return decodeObject(*parsed);
    } catch (const json::exception& e) {
        // Not expected (every field is checked first), but a partner's bytes never crash us.
        return refuse(std::string("it could not be read: ") + e.what());
    }
}

std::string pairProtocolMismatch(int protocol) {
    if (protocol == kPairProtocolVersion) return {};
    const std::string theirs = std::to_string(protocol), ours = std::to_string(kPairProtocolVersion);
    if (protocol < kPairProtocolVersion)
        return "Your partner's Rehearse is too old (pair protocol " + theirs + ", this one speaks " + ours +
               "): they need to update.";
    return "Your partner's Rehearse is too new (pair protocol " + theirs + ", this one speaks " + ours +
           "): update Rehearse to pair with them.";
}

}  // namespace rehearse
