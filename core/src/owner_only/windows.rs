//! The owner-only access list on Windows: one entry allowing the current user everything,
//! protected from the entries the folder above would pass down.

use std::ffi::c_void;
use std::io;
use std::os::windows::ffi::OsStrExt;
use std::path::Path;
use std::ptr::{null, null_mut};

use windows_sys::Win32::Foundation::{
    CloseHandle, ERROR_INVALID_FUNCTION, ERROR_NOT_SUPPORTED, HANDLE,
};
use windows_sys::Win32::Security::Authorization::{SE_FILE_OBJECT, SetNamedSecurityInfoW};
use windows_sys::Win32::Security::{
    ACCESS_ALLOWED_ACE, ACL, ACL_REVISION, AddAccessAllowedAceEx, CONTAINER_INHERIT_ACE,
    DACL_SECURITY_INFORMATION, GetLengthSid, GetTokenInformation, InitializeAcl,
    OBJECT_INHERIT_ACE, PROTECTED_DACL_SECURITY_INFORMATION, TOKEN_QUERY, TOKEN_USER, TokenUser,
};
use windows_sys::Win32::Storage::FileSystem::FILE_ALL_ACCESS;
use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};

use super::Kind;

pub fn restrict(path: &Path, kind: Kind) -> io::Result<()> {
    let user = UserSid::current()?;
    let sid_length = unsafe { GetLengthSid(user.as_psid()) } as usize;
    let length = size_of::<ACL>() + size_of::<ACCESS_ALLOWED_ACE>() + sid_length;
    // u32 words: an access list is aligned to four bytes.
    let mut acl = vec![0u32; length.div_ceil(4)];
    let acl_ptr = acl.as_mut_ptr().cast::<ACL>();
    let flags = match kind {
        Kind::File => 0,
        Kind::Folder => OBJECT_INHERIT_ACE | CONTAINER_INHERIT_ACE,
    };
    let built = unsafe {
        InitializeAcl(acl_ptr, (acl.len() * 4) as u32, ACL_REVISION) != 0
            && AddAccessAllowedAceEx(
                acl_ptr,
                ACL_REVISION,
                flags,
                FILE_ALL_ACCESS,
                user.as_psid(),
            ) != 0
    };
    if !built {
        return Err(io::Error::last_os_error());
    }
    let name = wide(path);
    let status = unsafe {
        SetNamedSecurityInfoW(
            name.as_ptr(),
            SE_FILE_OBJECT,
            DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
            null_mut(),
            null_mut(),
            acl_ptr,
            null(),
        )
    };
    match status {
        0 => Ok(()),
        // A volume without access lists (FAT, exFAT).
        ERROR_NOT_SUPPORTED | ERROR_INVALID_FUNCTION => Ok(()),
        error => Err(io::Error::from_raw_os_error(error as i32)),
    }
}

/// The current user's security identifier, copied out of the process's token.
struct UserSid(Vec<u64>);

impl UserSid {
    fn current() -> io::Result<Self> {
        let mut token: HANDLE = null_mut();
        if unsafe { OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &mut token) } == 0 {
            return Err(io::Error::last_os_error());
        }
        let mut length = 0u32;
        unsafe { GetTokenInformation(token, TokenUser, null_mut(), 0, &mut length) };
        // u64 words: TOKEN_USER holds a pointer.
        let mut buffer = vec![0u64; (length as usize).div_ceil(8)];
        let read = unsafe {
            GetTokenInformation(
                token,
                TokenUser,
                buffer.as_mut_ptr().cast(),
                (buffer.len() * 8) as u32,
                &mut length,
            )
        };
        let error = io::Error::last_os_error();
        unsafe { CloseHandle(token) };
        if read == 0 {
            return Err(error);
        }
        // The SID lies inside the buffer, which is kept whole as the value.
        Ok(Self(buffer))
    }

    fn as_psid(&self) -> *mut c_void {
        let user = self.0.as_ptr().cast::<TOKEN_USER>();
        unsafe { (*user).User.Sid }
    }
}

fn wide(path: &Path) -> Vec<u16> {
    path.as_os_str().encode_wide().chain([0]).collect()
}

/// Reading an access list back, for the tests.
#[cfg(test)]
pub mod inspect {
    use std::ffi::c_void;
    use std::io;
    use std::path::Path;
    use std::ptr::null_mut;

    use windows_sys::Win32::Foundation::LocalFree;
    use windows_sys::Win32::Security::Authorization::{GetNamedSecurityInfoW, SE_FILE_OBJECT};
    use windows_sys::Win32::Security::{
        ACCESS_ALLOWED_ACE, ACL, DACL_SECURITY_INFORMATION, EqualSid, GetAce, PSECURITY_DESCRIPTOR,
    };

    use super::{UserSid, wide};

    /// `ACCESS_ALLOWED_ACE_TYPE`.
    const ACCESS_ALLOWED: u8 = 0;

    /// Whether every entry of `path`'s access list allows the current user, and there is one.
    pub fn only_the_user_has_access(path: &Path) -> io::Result<bool> {
        let user = UserSid::current()?;
        let name = wide(path);
        let mut dacl: *mut ACL = null_mut();
        let mut descriptor: PSECURITY_DESCRIPTOR = null_mut();
        let status = unsafe {
            GetNamedSecurityInfoW(
                name.as_ptr(),
                SE_FILE_OBJECT,
                DACL_SECURITY_INFORMATION,
                null_mut(),
                null_mut(),
                &mut dacl,
                null_mut(),
                &mut descriptor,
            )
        };
        if status != 0 {
            return Err(io::Error::from_raw_os_error(status as i32));
        }
        let mut only_user = !dacl.is_null() && unsafe { (*dacl).AceCount } > 0;
        for index in 0..if dacl.is_null() {
            0
        } else {
            unsafe { (*dacl).AceCount }
        } {
            let mut ace: *mut c_void = null_mut();
            if unsafe { GetAce(dacl, u32::from(index), &mut ace) } == 0 {
                only_user = false;
                break;
            }
            let ace = ace.cast::<ACCESS_ALLOWED_ACE>();
            let allowed = unsafe { (*ace).Header.AceType } == ACCESS_ALLOWED;
            let sid = unsafe { &raw mut (*ace).SidStart }.cast::<c_void>();
            only_user &= allowed && unsafe { EqualSid(sid, user.as_psid()) } != 0;
        }
        unsafe { LocalFree(descriptor) };
        Ok(only_user)
    }
}
