/* A stand-in for Windows' bcryptprimitives.dll, which Wine 8.0 lacks: Rust's standard library
 * imports ProcessPrng from it for its random numbers (hash map seeds). This one forwards to
 * RtlGenRandom (advapi32's SystemFunction036), which Wine has.
 *
 * Used only by packaging/windows/check, which puts it in the Wine prefix it creates. Never
 * shipped: Windows 10 and 11 have the real one. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG part = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, part))
            return FALSE;
        data += part;
        length -= part;
    }
    return TRUE;
}
