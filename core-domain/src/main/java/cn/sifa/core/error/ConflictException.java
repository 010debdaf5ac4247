package cn.sifa.core.error;

import org.springframework.http.HttpStatus;

/** A duplicate, a lost race or any other state conflict the caller can resolve by re-reading. */
public class ConflictException extends SifaException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, "conflict", "数据冲突", detail);
    }
}
