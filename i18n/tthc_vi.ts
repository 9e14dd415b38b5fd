<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/about_dialog.py" line="18" />
        <source>About TTHC Desktop</source>
        <translation>Giới thiệu TTHC Desktop</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/about_dialog.py" line="21" />
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/about_dialog.py" line="23" />
        <source>Tracking plans, procedures, reports and digital signatures for TTHC control officers.</source>
        <translation>Theo dõi kế hoạch, thủ tục hành chính, báo cáo và ký số cho cán bộ đầu mối kiểm soát TTHC.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/about_dialog.py" line="25" />
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/about_dialog.py" line="27" />
        <source>Schema version: %1</source>
        <translation>Phiên bản lược đồ: %1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="41" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="41" />
        <source>Close TTHC Desktop</source>
        <translation>Đóng TTHC Desktop</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="42" />
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="42" />
        <source>Language and other options</source>
        <translation>Ngôn ngữ và các tùy chọn khác</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="43" />
        <source>&amp;Unit information…</source>
        <translation>Thông tin đơn &amp;vị…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="43" />
        <source>Name and level of your unit, officer's name</source>
        <translation>Tên, cấp của đơn vị và tên cán bộ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="44" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="45" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="46" />
        <source>&amp;Find…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="46" />
        <source>Search tasks</source>
        <translation>Tìm nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="47" />
        <source>&amp;Overview</source>
        <translation>&amp;Tổng quan</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="48" />
        <source>&amp;Tasks</source>
        <translation>&amp;Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="49" />
        <source>&amp;Procedures</source>
        <translation>Thủ tục &amp;hành chính</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="50" />
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="51" />
        <source>&amp;Submissions</source>
        <translation>Hồ sơ đã &amp;nộp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="52" />
        <source>F&amp;ull screen</source>
        <translation>Toàn &amp;màn hình</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="53" />
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/actions.py" line="54" />
        <source>&amp;About TTHC Desktop</source>
        <translation>&amp;Giới thiệu TTHC Desktop</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/first_run_dialog.py" line="26" />
        <source>Welcome to TTHC Desktop</source>
        <translation>Chào mừng đến với TTHC Desktop</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/first_run_dialog.py" line="28" />
        <source>Tell us about your unit. You can change this later in Settings.</source>
        <translation>Vui lòng cho biết thông tin đơn vị của bạn. Có thể sửa lại sau trong mục Thông tin đơn vị.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/first_run_dialog.py" line="31" />
        <source>e.g. Department of Justice of Tien Giang province</source>
        <translation>ví dụ: Sở Tư pháp tỉnh Tiền Giang</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/first_run_dialog.py" line="34" />
        <source>Provincial department, board or agency</source>
        <translation>Sở, ban, ngành tỉnh</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/first_run_dialog.py" line="35" />
        <source>District People's Committee</source>
        <translation>UBND cấp huyện</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/first_run_dialog.py" line="36" />
        <source>Commune People's Committee</source>
        <translation>UBND cấp xã</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/first_run_dialog.py" line="43" />
        <source>Unit name:</source>
        <translation>Tên đơn vị:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/first_run_dialog.py" line="44" />
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/first_run_dialog.py" line="45" />
        <source>Officer's name:</source>
        <translation>Họ tên cán bộ:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tthc_desktop/ui/main_window.py" line="33" />
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/main_window.py" line="71" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/main_window.py" line="77" />
        <source>&amp;Edit</source>
        <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/main_window.py" line="83" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/main_window.py" line="89" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/main_window.py" line="110" />
        <source>(unit not set)</source>
        <translation>(chưa đặt tên đơn vị)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../tthc_desktop/ui/pages.py" line="56" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/pages.py" line="57" />
        <source>Counts of tasks by status, the overdue and due-soon lists and the upcoming reports will appear here once plans are imported.</source>
        <translation>Sau khi nhập kế hoạch, tại đây sẽ hiển thị số nhiệm vụ theo tình trạng, danh sách nhiệm vụ quá hạn, sắp đến hạn và các báo cáo sắp phải nộp.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/pages.py" line="64" />
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/pages.py" line="65" />
        <source>The tasks of the plans your unit leads or coordinates will be listed here, with their deadlines and progress.</source>
        <translation>Tại đây sẽ liệt kê các nhiệm vụ trong các kế hoạch mà đơn vị chủ trì hoặc phối hợp, kèm thời hạn và tiến độ thực hiện.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/pages.py" line="72" />
        <source>Administrative procedures</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/pages.py" line="73" />
        <source>Your unit's catalogue of procedures, their cuts in time and cost and the case-file figures will be kept here.</source>
        <translation>Tại đây sẽ lưu danh mục thủ tục hành chính của đơn vị, kết quả cắt giảm thời gian, chi phí và số liệu hồ sơ.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/pages.py" line="80" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/pages.py" line="81" />
        <source>The periodic reports, their calendar and the official PDF and Excel documents will be prepared here.</source>
        <translation>Tại đây sẽ lập các báo cáo định kỳ, lịch báo cáo và văn bản PDF, Excel đúng thể thức.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/pages.py" line="88" />
        <source>Submitted files</source>
        <translation>Hồ sơ đã nộp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/pages.py" line="89" />
        <source>The signed submissions you have sent, with their signatures and dates, will be listed here.</source>
        <translation>Tại đây sẽ liệt kê các hồ sơ đã ký số và gửi đi, kèm chữ ký và ngày gửi.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/settings_dialog.py" line="23" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/settings_dialog.py" line="29" />
        <source>Show reminders of overdue and due-soon tasks</source>
        <translation>Hiện nhắc việc về nhiệm vụ quá hạn và sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/settings_dialog.py" line="31" />
        <source>A new language takes effect the next time the app starts.</source>
        <translation>Ngôn ngữ mới có hiệu lực từ lần mở ứng dụng tiếp theo.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/settings_dialog.py" line="34" />
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
</context>
</TS>