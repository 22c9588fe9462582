// Blessing what an author tried: a question (with the fact it reached, or
// none) or a sentence (with the key points it covered and those it came
// near without covering) becomes an entry of the scenario's test file
// (scenario_test_file.hpp), which `rehearse test` then runs.
//
// The file is rewritten, never lost: an existing file that does not load
// is left alone (the save is refused with its first problem), the new text
// is checked to load before it is written, and it replaces the old one
// atomically. Entries are kept in their order, one per line (the layout of
// the shipped test files), so a diff shows only the entry added. Blessing a
// question already in the file (the same words) or a sentence already in it
// (the same words in the same stage) replaces that entry's expectation: the
// author has just said what is right now.
#pragma once

#include "core/authoring/scenario_test_file.hpp"
#include "core/authoring/try_question.hpp"
#include "core/authoring/try_sentence.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace rehearse {

// "<folder of the scenario file>/tests/<id>.tests.json".
std::string scenarioTestPathFor(const std::string& scenarioPath, const std::string& scenarioId);

// The entry that records what the interviewer did with `ask`: the facts it
// answered with, in order, or none (it must decline).
QuestionTest blessedQuestion(const std::string& ask, const QuestionTrial& trial);
// The entry that records what `text` covers: the key points it covered, and
// must not cover those it came near (a concept matched, or set aside); a
// sentence near no key point "covers_nothing".
SentenceTest blessedSentence(const std::string& text, std::optional<StageKind> stage, const SentenceTrial& trial);

struct TestSaveResult {
    bool saved = false;
    bool replaced = false;   // an entry with the same words was there and now says this
    std::string message;     // what was written where (path:line), or why nothing was
    int line = 0;            // where the entry now is
    std::size_t questions = 0, sentences = 0;  // entries in the file now
};

TestSaveResult saveQuestionTest(const std::string& testPath, const std::string& scenarioId, const QuestionTest& test);
TestSaveResult saveSentenceTest(const std::string& testPath, const std::string& scenarioId, const SentenceTest& test);

// The tests of scenario `sourceId` (beside its file `sourcePath`) rewritten
// as the tests of its copy `copyId` (at `copyPath`): a copy of a shipped
// scenario keeps the shipped transcript, so `rehearse test` runs it on the
// copy. Writes nothing when the source has no tests (an empty message) or
// the copy has a test file already (blessed before the copy's first save:
// that file is the author's and stays).
TestSaveResult copyScenarioTests(const std::string& sourcePath, const std::string& sourceId,
                                 const std::string& copyPath, const std::string& copyId);

// The text of a test file in the one-entry-per-line layout.
std::string scenarioTestText(const nlohmann::ordered_json& file);

// A test file's text rewritten in that layout (`rehearse format` on a
// *.tests.json), or nothing with the loader's diagnostics when it does not
// load as a test file. `path` only names the file in diagnostics.
std::optional<std::string> formatScenarioTestText(const std::string& text, const std::string& path, Diagnostics& diagnostics);

}  // namespace rehearse
