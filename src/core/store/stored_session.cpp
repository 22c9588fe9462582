#include "core/store/stored_session.hpp"

#include "core/json/untrusted_json.hpp"

namespace rehearse {

std::optional<Scenario> scenarioForRecord(SessionStore& store, const SessionRecord& record,
                                          const ScenarioLibrary* library, std::string& note, std::string& error) {
    const Scenario* current = library ? library->find(record.scenarioId) : nullptr;
    std::optional<ScenarioCopy> copy;
    if (!record.scenarioHash.empty()) copy = store.scenarioCopy(record.scenarioHash);
    if (current && copy) {
        std::string ignored;
        auto currentCopy = scenarioCopyOf(*current, ignored);
        if (currentCopy && currentCopy->hash == copy->hash) return *current;
    }
    if (copy) {
        auto scenario = scenarioFromCopy(*copy, error);
        if (scenario) {
            if (library)
                note = current ? "The scenario file changed since this session; it reopens on the version it was "
                                 "recorded with."
                               : "The scenario '" + record.scenarioId +
                                     "' is no longer in the library; the session uses the copy kept with it.";
            return scenario;
        }
        if (!current) return std::nullopt;
    }
    if (current) {
        if (!copy) note = "No copy of the scenario was kept with this session; it reopens on the current file.";
        return *current;
    }
    error = "the scenario '" + record.scenarioId + "' is not available and no copy of it was kept";
    return std::nullopt;
}

ReopenedSession reopenStoredSession(SessionStore& store, SessionRecordId id, const ScenarioLibrary* library) {
    ReopenedSession result;
    try {
        auto record = store.session(id);
        if (!record) {
            result.error = "there is no session " + std::to_string(id);
            return result;
        }
        result.record = *record;
        auto scenario = scenarioForRecord(store, *record, library, result.note, result.error);
        if (!scenario) return result;
        std::vector<StoredAction> stored = store.journal(id);
        std::vector<Action> journal;
        journal.reserve(stored.size());
        for (const StoredAction& entry : stored) {
            result.nextSeq = entry.seq + 1;
            // A journal row is trusted no more than a file: parse without
            // throwing, and refuse nesting too deep to handle.
            std::optional<nlohmann::json> parsed = parseUntrustedJson(entry.json);
            std::optional<Action> action = parsed ? actionFromJson(*parsed) : std::nullopt;
            if (action) journal.push_back(std::move(*action));
            else ++result.skipped;
        }
        std::size_t notApplied = 0;
        result.session = std::make_unique<Session>(replaySession(*scenario, journal, &notApplied));
        result.skipped += notApplied;
        if (result.skipped > 0) {
            if (!result.note.empty()) result.note += " ";
            result.note += std::to_string(result.skipped) +
                           " recorded action(s) could not be replayed by this version and were left out.";
        }
    } catch (const StoreError& e) {
        result.session.reset();
        result.error = e.what();
    }
    return result;
}

}  // namespace rehearse
