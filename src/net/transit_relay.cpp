#include "net/transit_relay.hpp"

#include <sodium.h>

namespace rehearse::net {

std::string relayToken(std::uint16_t channel) {
    const std::string input = "rehearse pair relay token v1: channel " + std::to_string(channel);
    std::uint8_t token[32];
    crypto_generichash(token, sizeof token, reinterpret_cast<const std::uint8_t*>(input.data()), input.size(),
                       nullptr, 0);
    return toHex(token, sizeof token);
}

std::string randomRelaySide() {
    std::uint8_t side[8];
    randombytes_buf(side, sizeof side);
    return toHex(side, sizeof side);
}

std::string relayRequest(const std::string& token, const std::string& side) {
    return "please relay " + token + " for side " + side + "\n";
}

std::string requestRelay(FramedSocket& socket, const std::string& token, const std::string& side) {
    std::string error;
    if (!socket.writeText(relayRequest(token, side), error)) return "the relay: " + error;
    auto answer = socket.readLine(64);
    if (answer.index() == 1) return "the relay closed the connection before pairing (" + std::get<1>(answer) + ")";
    const std::string& line = std::get<0>(answer);
    if (line != "ok") return "the relay did not accept the request (it said '" + line.substr(0, 40) + "')";
    return "";
}

}  // namespace rehearse::net
