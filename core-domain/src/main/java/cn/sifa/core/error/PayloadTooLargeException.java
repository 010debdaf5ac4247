package cn.sifa.core.error;

import org.springframework.http.HttpStatus;

/** 413: a batch with more records than one call may carry. */
public class PayloadTooLargeException extends SifaException {

    public PayloadTooLargeException(String detail) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "请求数据过多", detail);
    }
}
