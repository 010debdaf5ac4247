package cn.sifa.core.security;

/** Implemented by whatever Spring Security keeps as the authentication principal (session user, JWT token). */
public interface SifaPrincipalHolder {
    SifaPrincipal sifaPrincipal();
}
