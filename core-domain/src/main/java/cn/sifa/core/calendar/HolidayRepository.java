package cn.sifa.core.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface HolidayRepository extends JpaRepository<Holiday, LocalDate> {

    List<Holiday> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Holiday h where h.day between :from and :to")
    int deleteBetween(LocalDate from, LocalDate to);
}
