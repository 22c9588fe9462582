// Markdown exports go to the user's Documents folder as xdg-user-dirs names
// it (a translated or moved "Documents" included), never the working folder.
#include "core/store/xdg_paths.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>

using namespace rehearse;
using namespace rehearse::test;

namespace {

// Sets an environment variable (or removes it) for one test, then restores it.
class EnvVar {
public:
    EnvVar(const char* name, std::optional<std::string> value) : m_name(name) {
        if (const char* old = std::getenv(name)) m_old = old;
        if (value) setenv(name, value->c_str(), 1);
        else unsetenv(name);
    }
    ~EnvVar() {
        if (m_old) setenv(m_name, m_old->c_str(), 1);
        else unsetenv(m_name);
    }
    EnvVar(const EnvVar&) = delete;
    EnvVar& operator=(const EnvVar&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

}  // namespace

TEST_CASE("exports go to the Documents folder that xdg-user-dirs names", "[store][xdg]") {
    TempHome home;
    EnvVar homeVar("HOME", home.path());
    EnvVar documentsVar("XDG_DOCUMENTS_DIR", std::nullopt);

    SECTION("no Documents folder: a visible folder in the home folder, never the hidden data folder") {
        CHECK(documentsDirectory().empty());
        CHECK(exportDirectory() == home.path() + "/Rehearse");
    }
    SECTION("~/Documents when it exists and nothing else is said") {
        makeDirs(home.path() + "/Documents");
        CHECK(exportDirectory() == home.path() + "/Documents/Rehearse");
    }
    SECTION("user-dirs.dirs names another folder, relative to $HOME") {
        makeDirs(home.path() + "/Documents");
        makeDirs(home.path() + "/Dokumente");
        makeDirs(home.path() + "/config");
        writeAll(home.path() + "/config/user-dirs.dirs",
                 "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\n"
                 "XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");
        CHECK(exportDirectory() == home.path() + "/Dokumente/Rehearse");
    }
    SECTION("user-dirs.dirs set to $HOME turns the folder off") {
        makeDirs(home.path() + "/Documents");
        makeDirs(home.path() + "/config");
        writeAll(home.path() + "/config/user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"$HOME/\"\n");
        CHECK(documentsDirectory().empty());
        CHECK(exportDirectory() == home.path() + "/Rehearse");
    }
    SECTION("$XDG_DOCUMENTS_DIR wins over the file, when absolute") {
        makeDirs(home.path() + "/papers");
        makeDirs(home.path() + "/Dokumente");
        makeDirs(home.path() + "/config");
        writeAll(home.path() + "/config/user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");
        {
            EnvVar set("XDG_DOCUMENTS_DIR", home.path() + "/papers");
            CHECK(exportDirectory() == home.path() + "/papers/Rehearse");
        }
        {
            EnvVar relative("XDG_DOCUMENTS_DIR", std::string("papers"));
            CHECK(exportDirectory() == home.path() + "/Dokumente/Rehearse");
        }
    }
    SECTION("a named folder that does not exist is not used") {
        EnvVar set("XDG_DOCUMENTS_DIR", home.path() + "/missing");
        CHECK(exportDirectory() == home.path() + "/Rehearse");
    }
}
