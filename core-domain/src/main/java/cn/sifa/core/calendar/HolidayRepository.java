package cn.sifa.core.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

// Derived queries only: string JPQL costs every application seconds of query parsing at start-up.
interface HolidayRepository extends JpaRepository<Holiday, LocalDate> {

    List<Holiday> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);
}
