package cn.sifa.core.error;

import org.springframework.http.HttpStatus;

/** 503: the bounded import executor is full; the client retries later. */
public class ServiceUnavailableException extends SifaException {

    public ServiceUnavailableException(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "busy", "服务繁忙", detail);
    }
}
