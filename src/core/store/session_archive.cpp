#include "core/store/session_archive.hpp"

#include "core/json/untrusted_json.hpp"
#include "core/session/session.hpp"
#include "core/store/input_file.hpp"
#include "core/store/timestamps.hpp"
#include "core/text/utf8.hpp"

#include <nlohmann/json.hpp>

namespace rehearse {

using nlohmann::json;

namespace {

// Reads the metadata block; throws json exceptions or std::runtime_error
// with a message naming the field.
SessionRecord sessionFromJson(const json& j) {
    SessionRecord r;
    r.uid = j.at("uid").get<std::string>();
    r.name = j.value("name", std::string());
    auto time = [&](const char* key) -> std::optional<std::int64_t> {
        if (!j.contains(key) || j.at(key).is_null()) return std::nullopt;
        auto ms = parseIsoUtc(j.at(key).get<std::string>());
        if (!ms) throw std::runtime_error(std::string("session.") + key + " is not an ISO 8601 UTC time");
        return ms;
    };
    auto created = time("created");
    if (!created) throw std::runtime_error("session.created is missing");
    r.createdMs = *created;
    r.updatedMs = time("updated").value_or(r.createdMs);
    r.finishedMs = time("finished");
    r.seconds = j.value("seconds", 0.0);
    if (j.contains("coverage") && !j.at("coverage").is_null()) r.coverage = j.at("coverage").get<double>();
    if (j.contains("stage_scores"))
        for (const json& s : j.at("stage_scores"))
            r.stages.push_back({s.at("stage").get<std::string>(), s.at("covered_weight").get<int>(),
                                s.at("total_weight").get<int>(), s.at("seconds").get<double>()});
    if (r.uid.empty()) throw std::runtime_error("session.uid is empty");
    r.clampScores();
    return r;
}

// An archive wraps each document two levels down (root, "journal" or
// "scenario", then the action or the definition), so it may nest two levels
// more than the documents themselves.
constexpr std::size_t kMaxArchiveDepth = kMaxJsonDepth + 2;

}  // namespace

std::optional<std::string> readSessionArchiveFile(const std::string& path, std::string& error) {
    return readInputFile(path, kMaxSessionArchiveBytes, error);
}

std::optional<std::string> exportSessionArchive(SessionStore& store, SessionRecordId id, std::string& error) {
    try {
        auto record = store.session(id);
        if (!record) {
            error = "there is no session " + std::to_string(id) + " (see `rehearse sessions list`)";
            return std::nullopt;
        }
        std::optional<ScenarioCopy> copy;
        if (!record->scenarioHash.empty()) copy = store.scenarioCopy(record->scenarioHash);
        if (!copy) {
            error = "session " + std::to_string(id) + " has no copy of its scenario, so it cannot travel alone";
            return std::nullopt;
        }
        // Ordered: the format marker and metadata come first for a person
        // reading the file; the journal and scenario keep their stored text.
        nlohmann::ordered_json journal = nlohmann::ordered_json::array();
        for (const StoredAction& action : store.journal(id)) {
            auto entry = parseUntrustedOrderedJson(action.json);
            if (!entry) {
                error = "action " + std::to_string(action.seq) + " of session " + std::to_string(id) +
                        " is damaged in the store";
                return std::nullopt;
            }
            journal.push_back(std::move(*entry));
        }
        using ojson = nlohmann::ordered_json;
        ojson stages = ojson::array();
        for (const StageScore& s : record->stages)
            stages.push_back({{"stage", s.stage},
                              {"covered_weight", s.coveredWeight},
                              {"total_weight", s.totalWeight},
                              {"seconds", s.seconds}});
        ojson session = {{"uid", record->uid},
                        {"name", record->name},
                        {"created", formatIsoUtc(record->createdMs)},
                        {"updated", formatIsoUtc(record->updatedMs)},
                        {"finished", record->finishedMs ? ojson(formatIsoUtc(*record->finishedMs)) : ojson()},
                        {"seconds", record->seconds},
                        {"coverage", record->coverage ? ojson(*record->coverage) : ojson()},
                        {"stage_scores", std::move(stages)}};
        std::string definitionError;
        auto definition = parseUntrustedOrderedJson(copy->definition, &definitionError);
        if (!definition) {
            error = "the copy of its scenario is damaged in the store: " + definitionError;
            return std::nullopt;
        }
        ojson scenario = {{"id", copy->scenarioId},
                          {"title", copy->title},
                          {"hash", copy->hash},
                          {"definition", std::move(*definition)}};
        ojson archive = {{"rehearse_session_format", kSessionArchiveFormat},
                        {"session", std::move(session)},
                        {"scenario", std::move(scenario)},
                        {"journal", std::move(journal)}};
        return dumpJson(archive, 2) + "\n";
    } catch (const StoreError& e) {
        error = e.what();
    } catch (const json::exception& e) {
        error = std::string("cannot write the session as JSON: ") + e.what();
    }
    return std::nullopt;
}

ArchiveImportResult importSessionArchive(SessionStore& store, const std::string& rawText,
                                         const ArchiveImportOptions& options) {
    ArchiveImportResult result;
    // An old editor may have saved it as Latin-1: keep the session, mark the
    // bytes that were not UTF-8 (the JSON parser would refuse the file).
    std::size_t repaired = 0;
    const std::string text = repairUtf8(rawText, &repaired);
    std::string parseError;
    std::optional<json> parsed = parseUntrustedJson(text, &parseError, kMaxArchiveDepth);
    if (!parsed) {
        result.error = "not a Rehearse session file: " + parseError;
        return result;
    }
    const json root = std::move(*parsed);
    if (!root.is_object()) {
        result.error = "not a Rehearse session file: it is not a JSON object";
        return result;
    }
    if (repaired > 0)
        result.warnings.push_back(std::to_string(repaired) +
                                  " piece(s) of text in the file were not UTF-8; they were replaced with U+FFFD");
    if (!root.contains("rehearse_session_format")) {
        result.error = "not a Rehearse session file: 'rehearse_session_format' is missing";
        return result;
    }
    const json& format = root.at("rehearse_session_format");
    if (!format.is_number_integer() || format.get<long long>() < 1) {
        result.error = "not a Rehearse session file: 'rehearse_session_format' must be a positive whole number";
        return result;
    }
    if (format.get<long long>() > kSessionArchiveFormat) {
        result.error = "this session file was written by a newer version of Rehearse (session format " +
                       std::to_string(format.get<long long>()) + "; this version reads format " +
                       std::to_string(kSessionArchiveFormat) + "). Update Rehearse to import it.";
        return result;
    }

    SessionRecord record;
    std::optional<ScenarioCopy> copy;
    std::vector<std::string> journal;
    std::vector<Action> actions;
    try {
        record = sessionFromJson(root.at("session"));
        const json& scenario = root.at("scenario");
        std::string error;
        copy = scenarioCopyFromText(dumpJson(scenario.at("definition")), error);
        if (!copy) {
            result.error = "the scenario inside the file is not valid: " + error;
            return result;
        }
        if (scenario.contains("hash") && scenario.at("hash").get<std::string>() != copy->hash)
            result.warnings.push_back("the scenario inside the file was edited after export");
        for (const json& entry : root.at("journal")) {
            if (!entry.is_object()) {
                result.error = "the journal holds something that is not an action: " + dumpJson(entry).substr(0, 60);
                return result;
            }
            journal.push_back(dumpJson(entry));
            if (auto action = actionFromJson(entry)) actions.push_back(std::move(*action));
        }
    } catch (const std::exception& e) {
        result.error = std::string("not a valid Rehearse session file: ") + e.what();
        return result;
    }
    record.scenarioId = copy->scenarioId;
    record.scenarioTitle = copy->title;

    // Replay it now, so a file that would not reopen is known before it is
    // in the history.
    auto scenario = scenarioFromCopy(*copy, result.error);
    if (!scenario) return result;
    std::size_t skipped = 0;
    Session replayed = replaySession(*scenario, actions, &skipped);
    skipped += journal.size() - actions.size();
    if (skipped > 0)
        result.warnings.push_back(std::to_string(skipped) +
                                  " action(s) in the journal cannot be replayed by this version; they are kept "
                                  "but left out when the session opens");
    if (record.finished() != replayed.isFinished())
        result.warnings.push_back(record.finished() ? "the file says the session finished, but its journal does not"
                                                    : "the journal finishes the session, but the file says it did not");

    try {
        if (auto existing = store.sessionByUid(record.uid)) {
            if (!options.asCopy) {
                result.error = "this session is already in your history as session " + std::to_string(existing->id) +
                               (existing->deletedMs ? " (deleted)" : "") + "; import it as a copy to keep both";
                return result;
            }
            record.uid = newSessionUid();
        }
        result.id = store.insertSession(record, copy, journal);
    } catch (const StoreError& e) {
        result.error = std::string("cannot store the session: ") + e.what();
    }
    return result;
}

}  // namespace rehearse
