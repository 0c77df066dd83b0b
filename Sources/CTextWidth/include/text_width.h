#ifndef SRM_QUIZ_TEXT_WIDTH_H
#define SRM_QUIZ_TEXT_WIDTH_H

/// Terminal columns a code point takes (wcwidth under C.UTF-8): 0, 1, 2, or -1 when unprintable.
int srm_wcwidth(unsigned int code_point);

#endif
