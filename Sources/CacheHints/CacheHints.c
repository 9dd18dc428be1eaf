// Everything is in the header (`static inline`, so callers inline it); SwiftPM wants a source.
#include "CacheHints.h"
