// The one place a command's unexpected failure becomes a message: main()
// calls reportUncaughtError() from its catch-all, so a subcommand never
// ends in std::terminate (an abort and a core dump) whatever it meets.
#include "cli/commands.hpp"

#include "core/scenario/shipped_scenarios.hpp"
#include "core/store/sqlite_connection.hpp"
#include "core/text/terminal_text.hpp"

#include <nlohmann/json.hpp>

#include <exception>
#include <filesystem>
#include <iostream>
#include <new>

namespace rehearse {

int reportUncaughtError(const std::string& context) {
    std::string message;
    try {
        throw;
    } catch (const std::bad_alloc&) {
        message = "out of memory";
    } catch (const StoreError& e) {
        message = std::string("the session database failed: ") + e.what();
    } catch (const nlohmann::json::exception& e) {
        message = std::string("unexpected data: ") + e.what();
    } catch (const ShippedScenariosNotFound& e) {
        message = e.what();
    } catch (const std::filesystem::filesystem_error& e) {
        message = e.what();
    } catch (const std::exception& e) {
        message = std::string("internal error: ") + e.what();
    } catch (...) {
        message = "internal error of an unknown kind";
    }
    // The message may quote the input that caused it.
    if (!context.empty()) message = context + ": " + message;
    std::cerr << "rehearse: " << terminalText(message) << "\n";
    return 1;
}

}  // namespace rehearse
