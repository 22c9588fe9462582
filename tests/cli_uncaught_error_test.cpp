// Whatever escapes a command (a library that throws on bad input, no
// memory, a failing database) becomes one line on stderr and exit code 1
// in main(), never std::terminate and an abort.
#include "cli/commands.hpp"
#include "core/store/sqlite_connection.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <sstream>

using namespace rehearse;

namespace {

// What reportUncaughtError prints and returns for `thrower`'s exception.
template <typename Thrower>
std::pair<int, std::string> report(Thrower thrower, const std::string& context = "") {
    std::ostringstream captured;
    std::streambuf* old = std::cerr.rdbuf(captured.rdbuf());
    int code = 0;
    try {
        thrower();
    } catch (...) {
        code = reportUncaughtError(context);
    }
    std::cerr.rdbuf(old);
    return {code, captured.str()};
}

bool oneLine(const std::string& text) {
    return !text.empty() && text.back() == '\n' && text.find('\n') == text.size() - 1;
}

}  // namespace

TEST_CASE("every kind of escaped exception is one line on stderr and exit 1", "[cli]") {
    auto [allocCode, alloc] = report([] { throw std::bad_alloc(); });
    CHECK(allocCode == 1);
    CHECK(alloc == "rehearse: out of memory\n");

    auto [storeCode, store] = report([] { throw StoreError(StoreError::Kind::Busy, 5, "query failed: locked"); });
    CHECK(storeCode == 1);
    CHECK(store == "rehearse: the session database failed: query failed: locked\n");

    auto [jsonCode, json] = report([] { (void)nlohmann::json("Caf\xe9").dump(); });
    CHECK(jsonCode == 1);
    CHECK_THAT(json, Catch::StartsWith("rehearse: unexpected data: [json.exception.type_error.316]"));
    CHECK(oneLine(json));

    auto [fsCode, fs] = report([] { std::filesystem::directory_iterator("/nonexistent/rehearse/dir"); });
    CHECK(fsCode == 1);
    CHECK_THAT(fs, Catch::Contains("/nonexistent/rehearse/dir"));
    CHECK(oneLine(fs));

    // A command names what it was doing; what it quotes is shown, never obeyed.
    auto [exportCode, exported] = report([] { throw std::bad_alloc(); }, "cannot export \x1b]0;x\x07a.png");
    CHECK(exportCode == 1);
    CHECK(oneLine(exported));
    CHECK_THAT(exported, Catch::StartsWith("rehearse: cannot export "));
    CHECK_THAT(exported, Catch::EndsWith(": out of memory\n"));
    CHECK(exported.find('\x1b') == std::string::npos);

    auto [otherCode, other] = report([] { throw 42; });
    CHECK(otherCode == 1);
    CHECK(other == "rehearse: internal error of an unknown kind\n");
}

TEST_CASE("an escaped exception's message cannot drive the terminal or fake a second line", "[cli]") {
    auto [code, text] = report([] { throw std::runtime_error("bad input\n\x1b]0;pwned\x07"); });
    CHECK(code == 1);
    CHECK(text == "rehearse: internal error: bad input\\n\\x1b]0;pwned\\x07\n");
}
