// The system zlib (Debian: zlib1g-dev), for streaming .gz reading in VigilImport.
#include <zlib.h>
