// The help overlay (F1) and the README list the same keyboard shortcuts: a
// shortcut added to the app without a line in the README fails here.
#include "app/shortcut_help.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

using namespace rehearse;

TEST_CASE("every shortcut in the help overlay has its row in the README", "[gui][shortcuts]") {
    std::ifstream in(std::string(REHEARSE_TEST_DATA) + "/../../README.md");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const std::string readme = text.str();
    REQUIRE(keyboardShortcuts().size() >= 20);
    for (const Shortcut& s : keyboardShortcuts()) {
        const std::string row = std::string("| ") + s.where + " | " + s.keys + " | " + s.does + " |";
        INFO(row);
        CHECK(readme.find(row) != std::string::npos);
    }
}
