// The fuzz targets: one entry point per reader of untrusted bytes, each
// driving the real core code the app and the command line use. The same
// functions are linked into the libFuzzer executables (tests/fuzz) and into
// the Catch2 suite, which replays every file of tests/data/regressions/<name>/
// through them without libFuzzer, so a crash once found stays fixed.
//
// An entry point returns normally for any input it handles as the product
// promises (refusing it with a message is fine); a crash, a sanitizer report,
// an uncaught exception or a broken promise (check() below) is a finding.
#pragma once

#include "core/scenario/diagnostic.hpp"
#include "core/scenario/scenario.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace rehearse::fuzz {

using EntryPoint = int (*)(const std::uint8_t* data, std::size_t size);

struct Target {
    const char* name;  // folder under tests/data/regressions/, executable fuzz_<name>
    EntryPoint run;
};

const std::vector<Target>& targets();
const Target* findTarget(const std::string& name);

int scenarioLoader(const std::uint8_t* data, std::size_t size);
int sessionArchive(const std::uint8_t* data, std::size_t size);
int action(const std::uint8_t* data, std::size_t size);
int canvas(const std::uint8_t* data, std::size_t size);
int settings(const std::uint8_t* data, std::size_t size);
int writtenAnswer(const std::uint8_t* data, std::size_t size);
int clarification(const std::uint8_t* data, std::size_t size);
int scenarioTests(const std::uint8_t* data, std::size_t size);
int draftDiagram(const std::uint8_t* data, std::size_t size);
// JsonDocument against nlohmann::json::parse: the same verdicts and values.
int jsonDocument(const std::uint8_t* data, std::size_t size);
// The pair transport (src/net): frames and records, handshake messages and join codes.
int pairFrames(const std::uint8_t* data, std::size_t size);
int pairHandshake(const std::uint8_t* data, std::size_t size);
int pairMessage(const std::uint8_t* data, std::size_t size);

// A promise of the code under test that does not hold: prints `what` and
// aborts, which libFuzzer and the test suite both report as a failure.
[[noreturn]] void fail(const std::string& what);
inline void check(bool ok, const char* what) {
    if (!ok) fail(what);
}

// A shipped scenario (spam-email-detection), loaded once; aborts if it does
// not load, since every target using it would be meaningless.
const Scenario& shippedScenario();

// A private folder for targets that must go through files, created once and
// kept for the life of the process (in /dev/shm when there is one).
const std::string& scratchDirectory();

// Every diagnostic about `path` (whose bytes are `text`) names that file,
// says something, and points at a line and column inside it.
void checkDiagnostics(const Diagnostics& diagnostics, const std::string& path, const std::string& text);

inline std::string asText(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace rehearse::fuzz
