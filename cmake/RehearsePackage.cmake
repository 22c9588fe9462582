# `cpack -G DEB` in a build folder: a .deb of what `cmake --install` puts in
# place, under /usr. The shared-library dependencies (GLFW, GL, SQLite,
# libstemmer, simdjson, fontconfig, FreeType, libstdc++ ...) are read from the binary by
# dpkg-shlibdeps, so they match what was actually linked; only what the
# binary opens by name at run time is listed by hand.
set(CPACK_PACKAGE_NAME rehearse)
set(CPACK_PACKAGE_VENDOR "Rehearse")
set(CPACK_PACKAGE_CONTACT "Rehearse maintainers <rehearse@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Practise machine-learning system-design interviews against the clock")
set(CPACK_PACKAGE_DESCRIPTION
    "Rehearse walks through an open-ended ML system-design question stage by stage, with a design canvas and an interviewer that answers clarifying questions and raises follow-up probes.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY rehearse)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# PNG export opens DejaVu Sans by path; the window prefers Inter (fontconfig)
# and falls back to any sans-serif font, then to ImGui's built-in one.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-inter")
set(CPACK_GENERATOR DEB)
include(CPack)
