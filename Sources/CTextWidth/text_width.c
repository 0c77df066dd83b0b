#define _XOPEN_SOURCE 700
#include <wchar.h>
#include "text_width.h"

int srm_wcwidth(unsigned int code_point) {
    return wcwidth((wchar_t)code_point);
}
