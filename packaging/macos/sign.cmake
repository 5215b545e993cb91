# Signs "Partner Desk.app" where cpack has staged it, before it goes into the DMG
# (CPACK_PRE_BUILD_SCRIPTS, packaging/macos/macos.cmake). Run by cpack, not by the build.
#
# PARTNERDESK_CODESIGN_IDENTITY (environment) is the identity to sign with, e.g.
# "Developer ID Application: Example Ltd (TEAMID1234)", its certificate and key in a keychain
# codesign can use (the release workflow imports them from its secrets). Then every piece of
# code is signed for notarization: hardened runtime, a secure time stamp. Without it the bundle
# is signed ad hoc ("-"): Apple silicon runs no unsigned code, and deploying the libraries
# into the bundle (install_name_tool) voided the signatures the linker had made. An ad hoc
# signed app runs on the machine that built it; elsewhere Gatekeeper refuses it until the user
# allows it (packaging/README.md).
#
# Inside out, as codesign wants (nested code first, the bundle last), without --deep, which
# Apple advises against for signing.

set(identity "$ENV{PARTNERDESK_CODESIGN_IDENTITY}")
if(identity STREQUAL "")
    set(identity "-")
    set(options --force --sign -)
    message(STATUS "Signing ad hoc (PARTNERDESK_CODESIGN_IDENTITY is not set)")
else()
    set(options --force --options runtime --timestamp --sign "${identity}")
    message(STATUS "Signing as ${identity}")
endif()

# Where cpack staged the install (the DMG's contents).
set(staging "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
if(staging STREQUAL "")
    set(staging "${CPACK_TEMPORARY_DIRECTORY}")
endif()
file(GLOB apps LIST_DIRECTORIES true "${staging}/*.app" "${staging}/*/*.app")
if(NOT apps)
    message(FATAL_ERROR "sign.cmake: no .app under \"${staging}\"")
endif()

function(partnerdesk_codesign path)
    execute_process(COMMAND codesign ${options} "${path}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "sign.cmake: codesign failed on ${path}")
    endif()
endfunction()

foreach(app IN LISTS apps)
    # Libraries and plug-ins, then the frameworks (each as a whole), then the executables the
    # bundle holds besides its main one (partnerdesk-cli), then the bundle.
    file(GLOB_RECURSE libraries
        "${app}/Contents/Frameworks/*.dylib" "${app}/Contents/PlugIns/*.dylib")
    foreach(library IN LISTS libraries)
        if(NOT IS_SYMLINK "${library}")
            partnerdesk_codesign("${library}")
        endif()
    endforeach()
    file(GLOB frameworks LIST_DIRECTORIES true "${app}/Contents/Frameworks/*.framework")
    foreach(framework IN LISTS frameworks)
        partnerdesk_codesign("${framework}")
    endforeach()
    execute_process(COMMAND /usr/libexec/PlistBuddy -c "Print :CFBundleExecutable"
        "${app}/Contents/Info.plist"
        OUTPUT_VARIABLE main_executable OUTPUT_STRIP_TRAILING_WHITESPACE)
    file(GLOB executables "${app}/Contents/MacOS/*")
    foreach(executable IN LISTS executables)
        get_filename_component(name "${executable}" NAME)
        if(NOT name STREQUAL main_executable)
            partnerdesk_codesign("${executable}")
        endif()
    endforeach()
    partnerdesk_codesign("${app}")
    execute_process(COMMAND codesign --verify --strict --verbose=2 "${app}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "sign.cmake: ${app} does not verify")
    endif()
endforeach()
