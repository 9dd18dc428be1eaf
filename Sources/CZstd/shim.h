#ifndef CLAIMWIRE_CZSTD_SHIM_H
#define CLAIMWIRE_CZSTD_SHIM_H
#include <zstd.h>
#include <zdict.h>
#endif
