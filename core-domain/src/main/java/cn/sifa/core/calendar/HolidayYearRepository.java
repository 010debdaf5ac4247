package cn.sifa.core.calendar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HolidayYearRepository extends JpaRepository<HolidayYear, Integer> {

    List<HolidayYear> findAllByOrderByYear();
}
