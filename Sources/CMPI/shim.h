// CMPI: <mpi.h> plus getters for the MPI handles and constants that Swift
// cannot import. OpenMPI defines most predefined handles as
// `((MPI_Comm) &ompi_mpi_comm_world)`-style macros, which the Clang importer
// skips; each getter below returns one of them with its C type, so Swift code
// never has to know whether a handle is a pointer (OpenMPI) or an int (MPICH).
//
// No stable API: this header is an implementation detail of module PMap.
#ifndef CMPI_SHIM_H
#define CMPI_SHIM_H

#include <mpi.h>

// Open MPI's handles are pointers to its predefined objects (never NULL, even
// MPI_COMM_NULL), so the getters are marked _Nonnull and Swift sees plain
// `MPI_Comm`, not `MPI_Comm?`. Under MPICH handles are ints: no annotation.
#if defined(OPEN_MPI) && OPEN_MPI
#define CMPI_HANDLE _Nonnull
#else
#define CMPI_HANDLE
#endif

// MARK: Communicators
static inline MPI_Comm CMPI_HANDLE cmpi_comm_world(void) { return MPI_COMM_WORLD; }
static inline MPI_Comm CMPI_HANDLE cmpi_comm_self(void) { return MPI_COMM_SELF; }
static inline MPI_Comm CMPI_HANDLE cmpi_comm_null(void) { return MPI_COMM_NULL; }
static inline int cmpi_comm_type_shared(void) { return MPI_COMM_TYPE_SHARED; }
static inline int cmpi_ident(void) { return MPI_IDENT; }
static inline int cmpi_congruent(void) { return MPI_CONGRUENT; }
static inline int cmpi_similar(void) { return MPI_SIMILAR; }
static inline int cmpi_unequal(void) { return MPI_UNEQUAL; }

// MARK: Groups
static inline MPI_Group CMPI_HANDLE cmpi_group_null(void) { return MPI_GROUP_NULL; }
static inline MPI_Group CMPI_HANDLE cmpi_group_empty(void) { return MPI_GROUP_EMPTY; }

// MARK: Datatypes
static inline MPI_Datatype CMPI_HANDLE cmpi_datatype_null(void) { return MPI_DATATYPE_NULL; }
static inline MPI_Datatype CMPI_HANDLE cmpi_byte(void) { return MPI_BYTE; }
static inline MPI_Datatype CMPI_HANDLE cmpi_char(void) { return MPI_CHAR; }
static inline MPI_Datatype CMPI_HANDLE cmpi_signed_char(void) { return MPI_SIGNED_CHAR; }
static inline MPI_Datatype CMPI_HANDLE cmpi_unsigned_char(void) { return MPI_UNSIGNED_CHAR; }
static inline MPI_Datatype CMPI_HANDLE cmpi_short(void) { return MPI_SHORT; }
static inline MPI_Datatype CMPI_HANDLE cmpi_unsigned_short(void) { return MPI_UNSIGNED_SHORT; }
static inline MPI_Datatype CMPI_HANDLE cmpi_int(void) { return MPI_INT; }
static inline MPI_Datatype CMPI_HANDLE cmpi_unsigned(void) { return MPI_UNSIGNED; }
static inline MPI_Datatype CMPI_HANDLE cmpi_long(void) { return MPI_LONG; }
static inline MPI_Datatype CMPI_HANDLE cmpi_unsigned_long(void) { return MPI_UNSIGNED_LONG; }
static inline MPI_Datatype CMPI_HANDLE cmpi_long_long(void) { return MPI_LONG_LONG; }
static inline MPI_Datatype CMPI_HANDLE cmpi_unsigned_long_long(void) { return MPI_UNSIGNED_LONG_LONG; }
static inline MPI_Datatype CMPI_HANDLE cmpi_float(void) { return MPI_FLOAT; }
static inline MPI_Datatype CMPI_HANDLE cmpi_double(void) { return MPI_DOUBLE; }
static inline MPI_Datatype CMPI_HANDLE cmpi_int8_t(void) { return MPI_INT8_T; }
static inline MPI_Datatype CMPI_HANDLE cmpi_int16_t(void) { return MPI_INT16_T; }
static inline MPI_Datatype CMPI_HANDLE cmpi_int32_t(void) { return MPI_INT32_T; }
static inline MPI_Datatype CMPI_HANDLE cmpi_int64_t(void) { return MPI_INT64_T; }
static inline MPI_Datatype CMPI_HANDLE cmpi_uint8_t(void) { return MPI_UINT8_T; }
static inline MPI_Datatype CMPI_HANDLE cmpi_uint16_t(void) { return MPI_UINT16_T; }
static inline MPI_Datatype CMPI_HANDLE cmpi_uint32_t(void) { return MPI_UINT32_T; }
static inline MPI_Datatype CMPI_HANDLE cmpi_uint64_t(void) { return MPI_UINT64_T; }
static inline MPI_Datatype CMPI_HANDLE cmpi_c_bool(void) { return MPI_C_BOOL; }
static inline MPI_Datatype CMPI_HANDLE cmpi_c_float_complex(void) { return MPI_C_FLOAT_COMPLEX; }
static inline MPI_Datatype CMPI_HANDLE cmpi_c_double_complex(void) { return MPI_C_DOUBLE_COMPLEX; }
static inline MPI_Datatype CMPI_HANDLE cmpi_aint(void) { return MPI_AINT; }
static inline MPI_Datatype CMPI_HANDLE cmpi_offset(void) { return MPI_OFFSET; }
static inline MPI_Datatype CMPI_HANDLE cmpi_count(void) { return MPI_COUNT; }

// MARK: Reduction operations
static inline MPI_Op CMPI_HANDLE cmpi_op_null(void) { return MPI_OP_NULL; }
static inline MPI_Op CMPI_HANDLE cmpi_sum(void) { return MPI_SUM; }
static inline MPI_Op CMPI_HANDLE cmpi_prod(void) { return MPI_PROD; }
static inline MPI_Op CMPI_HANDLE cmpi_min(void) { return MPI_MIN; }
static inline MPI_Op CMPI_HANDLE cmpi_max(void) { return MPI_MAX; }
static inline MPI_Op CMPI_HANDLE cmpi_land(void) { return MPI_LAND; }
static inline MPI_Op CMPI_HANDLE cmpi_lor(void) { return MPI_LOR; }
static inline MPI_Op CMPI_HANDLE cmpi_lxor(void) { return MPI_LXOR; }
static inline MPI_Op CMPI_HANDLE cmpi_band(void) { return MPI_BAND; }
static inline MPI_Op CMPI_HANDLE cmpi_bor(void) { return MPI_BOR; }
static inline MPI_Op CMPI_HANDLE cmpi_bxor(void) { return MPI_BXOR; }
static inline MPI_Op CMPI_HANDLE cmpi_minloc(void) { return MPI_MINLOC; }
static inline MPI_Op CMPI_HANDLE cmpi_maxloc(void) { return MPI_MAXLOC; }
static inline MPI_Op CMPI_HANDLE cmpi_replace(void) { return MPI_REPLACE; }
static inline MPI_Op CMPI_HANDLE cmpi_no_op(void) { return MPI_NO_OP; }

// MARK: Null handles and sentinel pointers
static inline MPI_Request CMPI_HANDLE cmpi_request_null(void) { return MPI_REQUEST_NULL; }
static inline MPI_Info CMPI_HANDLE cmpi_info_null(void) { return MPI_INFO_NULL; }
static inline MPI_Info CMPI_HANDLE cmpi_info_env(void) { return MPI_INFO_ENV; }
static inline MPI_File CMPI_HANDLE cmpi_file_null(void) { return MPI_FILE_NULL; }
static inline MPI_Win CMPI_HANDLE cmpi_win_null(void) { return MPI_WIN_NULL; }
static inline MPI_Message CMPI_HANDLE cmpi_message_null(void) { return MPI_MESSAGE_NULL; }
static inline MPI_Errhandler CMPI_HANDLE cmpi_errhandler_null(void) { return MPI_ERRHANDLER_NULL; }
static inline MPI_Status *cmpi_status_ignore(void) { return MPI_STATUS_IGNORE; }
static inline MPI_Status *cmpi_statuses_ignore(void) { return MPI_STATUSES_IGNORE; }
static inline int *cmpi_errcodes_ignore(void) { return MPI_ERRCODES_IGNORE; }
static inline void *cmpi_in_place(void) { return MPI_IN_PLACE; }
static inline void *cmpi_bottom(void) { return MPI_BOTTOM; }

// MARK: Error handlers and error codes
static inline MPI_Errhandler CMPI_HANDLE cmpi_errors_return(void) { return MPI_ERRORS_RETURN; }
static inline MPI_Errhandler CMPI_HANDLE cmpi_errors_are_fatal(void) { return MPI_ERRORS_ARE_FATAL; }
static inline int cmpi_success(void) { return MPI_SUCCESS; }
static inline int cmpi_err_other(void) { return MPI_ERR_OTHER; }
static inline int cmpi_err_lastcode(void) { return MPI_ERR_LASTCODE; }
static inline int cmpi_max_error_string(void) { return MPI_MAX_ERROR_STRING; }
static inline int cmpi_max_processor_name(void) { return MPI_MAX_PROCESSOR_NAME; }
static inline int cmpi_max_library_version_string(void) { return MPI_MAX_LIBRARY_VERSION_STRING; }

// MARK: Ranks, tags and other integer constants
static inline int cmpi_undefined(void) { return MPI_UNDEFINED; }
static inline int cmpi_any_source(void) { return MPI_ANY_SOURCE; }
static inline int cmpi_any_tag(void) { return MPI_ANY_TAG; }
static inline int cmpi_proc_null(void) { return MPI_PROC_NULL; }
static inline int cmpi_root(void) { return MPI_ROOT; }

// MARK: Thread levels
static inline int cmpi_thread_single(void) { return MPI_THREAD_SINGLE; }
static inline int cmpi_thread_funneled(void) { return MPI_THREAD_FUNNELED; }
static inline int cmpi_thread_serialized(void) { return MPI_THREAD_SERIALIZED; }
static inline int cmpi_thread_multiple(void) { return MPI_THREAD_MULTIPLE; }

// MARK: MPI-IO file modes and seek positions
static inline int cmpi_mode_rdonly(void) { return MPI_MODE_RDONLY; }
static inline int cmpi_mode_wronly(void) { return MPI_MODE_WRONLY; }
static inline int cmpi_mode_rdwr(void) { return MPI_MODE_RDWR; }
static inline int cmpi_mode_create(void) { return MPI_MODE_CREATE; }
static inline int cmpi_mode_excl(void) { return MPI_MODE_EXCL; }
static inline int cmpi_mode_append(void) { return MPI_MODE_APPEND; }
static inline int cmpi_mode_delete_on_close(void) { return MPI_MODE_DELETE_ON_CLOSE; }
static inline int cmpi_mode_unique_open(void) { return MPI_MODE_UNIQUE_OPEN; }
static inline int cmpi_mode_sequential(void) { return MPI_MODE_SEQUENTIAL; }
static inline int cmpi_seek_set(void) { return MPI_SEEK_SET; }
static inline int cmpi_seek_cur(void) { return MPI_SEEK_CUR; }
static inline int cmpi_seek_end(void) { return MPI_SEEK_END; }

#endif // CMPI_SHIM_H
