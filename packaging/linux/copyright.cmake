# /usr/share/doc/partnerdesk/copyright, in Debian's machine-readable format (DEP-5), made from
# copyright.in with the notices and license texts of the project and of what it bundles, read
# from their own files so they cannot drift apart. Sets partnerdesk_copyright_file.
set(_license_files
    ${PROJECT_SOURCE_DIR}/LICENSE
    ${PROJECT_SOURCE_DIR}/resources/icons/LICENSE-lucide.txt
    ${PROJECT_SOURCE_DIR}/resources/fonts/LICENSE-FiraCode.txt)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_license_files})
file(READ ${PROJECT_SOURCE_DIR}/LICENSE _project_license)
file(READ ${PROJECT_SOURCE_DIR}/resources/icons/LICENSE-lucide.txt _lucide_license)
file(READ ${PROJECT_SOURCE_DIR}/resources/fonts/LICENSE-FiraCode.txt _firacode_license)

# The text of FILE_TEXT from the first START (included) to the following END (excluded; "" for
# the end of the text). A license file that no longer reads as expected stops the configure.
function(_copyright_excerpt out file_name file_text start end)
    string(FIND "${file_text}" "${start}" begin)
    if(begin EQUAL -1)
        message(FATAL_ERROR "packaging/linux/copyright.cmake: no \"${start}\" in ${file_name}")
    endif()
    string(SUBSTRING "${file_text}" ${begin} -1 rest)
    if(NOT end STREQUAL "")
        string(FIND "${rest}" "${end}" stop)
        if(stop EQUAL -1)
            message(FATAL_ERROR "packaging/linux/copyright.cmake: no \"${end}\" after \"${start}\" in ${file_name}")
        endif()
        string(SUBSTRING "${rest}" 0 ${stop} rest)
    endif()
    string(STRIP "${rest}" rest)
    set(${out} "${rest}" PARENT_SCOPE)
endfunction()

# A license text as the body of a DEP-5 field: every line indented by one space, an empty
# line written as " .".
function(_copyright_field_body out text)
    string(REPLACE "\n" "\n " text " ${text}")
    string(REGEX REPLACE " +\n" " \n" text "${text}")
    string(REPLACE "\n \n" "\n .\n" text "${text}")
    string(REPLACE "\n \n" "\n .\n" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# "Copyright (c) 2026 Someone" -> "2026 Someone", for each notice in the text.
function(_copyright_notices out file_name file_text)
    string(REGEX MATCHALL "Copyright (\\([cC]\\) )?[^\n]+" lines "${file_text}")
    if(NOT lines)
        message(FATAL_ERROR "packaging/linux/copyright.cmake: no copyright notice in ${file_name}")
    endif()
    set(notices)
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^Copyright (\\([cC]\\) )?" "" line "${line}")
        string(STRIP "${line}" line)
        list(APPEND notices "${line}")
    endforeach()
    set(${out} "${notices}" PARENT_SCOPE)
endfunction()

_copyright_notices(partnerdesk_copyright LICENSE "${_project_license}")
list(JOIN partnerdesk_copyright "\n           " partnerdesk_copyright)
_copyright_excerpt(_mit LICENSE "${_project_license}" "Permission is hereby granted" "")
_copyright_field_body(mit_text "${_mit}")

# LICENSE-lucide.txt: Lucide's ISC notice and text, then the list of the icons derived from
# Feather and Feather's MIT notice (the same MIT text as ours).
_copyright_excerpt(_lucide_isc_part LICENSE-lucide.txt "${_lucide_license}" "ISC License" "\n---")
_copyright_notices(lucide_copyright LICENSE-lucide.txt "${_lucide_isc_part}")
list(JOIN lucide_copyright "\n           " lucide_copyright)
_copyright_excerpt(_isc LICENSE-lucide.txt "${_lucide_isc_part}" "Permission to use" "")
_copyright_field_body(isc_text "${_isc}")
_copyright_excerpt(_feather_part LICENSE-lucide.txt "${_lucide_license}" "derived from the Feather project" "")
_copyright_notices(feather_copyright LICENSE-lucide.txt "${_feather_part}")
list(JOIN feather_copyright "\n           " feather_copyright)
if(NOT _feather_part MATCHES "Feather project:\n+([^\n]+)")
    message(FATAL_ERROR "packaging/linux/copyright.cmake: no list of icons after \"derived from the Feather project:\" in LICENSE-lucide.txt")
endif()
string(REPLACE "," ";" _feather_names "${CMAKE_MATCH_1}")
list(TRANSFORM _feather_names STRIP)
file(GLOB _action_icons RELATIVE ${PROJECT_SOURCE_DIR} CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/actions/*.svg)
list(SORT _action_icons)
set(_feather_files)
foreach(icon IN LISTS _action_icons)
    get_filename_component(name ${icon} NAME_WE)
    if(name IN_LIST _feather_names)
        list(APPEND _feather_files ${icon})
    endif()
endforeach()
set(feather_paragraph "")
if(_feather_files)
    list(JOIN _feather_files "\n       " _feather_files)
    set(feather_paragraph "Files: ${_feather_files}\nCopyright: ${lucide_copyright}\n           ${feather_copyright}\nLicense: ISC and MIT\nComment: Lucide icons derived from the Feather set, which are also under the MIT License.\n\n")
endif()

_copyright_notices(firacode_copyright LICENSE-FiraCode.txt "${_firacode_license}")
list(GET firacode_copyright 0 firacode_copyright)
_copyright_excerpt(_ofl LICENSE-FiraCode.txt "${_firacode_license}" "-----" "")
_copyright_field_body(ofl_text "${_ofl}")

set(partnerdesk_copyright_file ${CMAKE_CURRENT_BINARY_DIR}/linux/copyright)
configure_file(${CMAKE_CURRENT_LIST_DIR}/copyright.in ${partnerdesk_copyright_file} @ONLY)
