<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/shell/about_dialog.py" line="18" />
        <source>About TTHC Desktop</source>
        <translation>Giới thiệu TTHC Desktop</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/about_dialog.py" line="21" />
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/about_dialog.py" line="23" />
        <source>Tracking plans, procedures, reports and digital signatures for TTHC control officers.</source>
        <translation>Theo dõi kế hoạch, thủ tục hành chính, báo cáo và ký số cho cán bộ đầu mối kiểm soát TTHC.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/about_dialog.py" line="25" />
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/about_dialog.py" line="27" />
        <source>Schema version: %1</source>
        <translation>Phiên bản lược đồ: %1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="47" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="47" />
        <source>Close TTHC Desktop</source>
        <translation>Đóng TTHC Desktop</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="48" />
        <source>&amp;Import a plan…</source>
        <translation>&amp;Nhập kế hoạch…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="48" />
        <source>Import the task table of a plan from .docx, .xlsx or text</source>
        <translation>Nhập bảng nhiệm vụ của kế hoạch từ tệp .docx, .xlsx hoặc văn bản</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="49" />
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="49" />
        <source>Language and other options</source>
        <translation>Ngôn ngữ và các tùy chọn khác</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="50" />
        <source>&amp;Unit information…</source>
        <translation>Thông tin đơn &amp;vị…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="50" />
        <source>Name and level of your unit, officer's name</source>
        <translation>Tên, cấp, thông tin dùng cho phần đầu báo cáo của đơn vị và tên cán bộ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="51" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="52" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="53" />
        <source>&amp;Find…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="53" />
        <source>Search tasks</source>
        <translation>Tìm nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="54" />
        <source>Mark task &amp;done…</source>
        <translation>&amp;Hoàn thành nhiệm vụ…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="54" />
        <source>Record the completion date and outcome of the selected task</source>
        <translation>Ghi ngày hoàn thành và kết quả của nhiệm vụ đang chọn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="55" />
        <source>Add progress &amp;update…</source>
        <translation>Thêm &amp;tiến độ…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="55" />
        <source>Record progress with its evidence document</source>
        <translation>Ghi tiến độ kèm văn bản minh chứng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="56" />
        <source>De&amp;lete task</source>
        <translation>&amp;Xóa nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="56" />
        <source>Delete the selected task (can be undone)</source>
        <translation>Xóa nhiệm vụ đang chọn (có thể hoàn tác)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="57" />
        <source>&amp;Overview</source>
        <translation>&amp;Tổng quan</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="58" />
        <source>&amp;Tasks</source>
        <translation>&amp;Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="59" />
        <source>&amp;Procedures</source>
        <translation>Thủ tục &amp;hành chính</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="60" />
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="61" />
        <source>&amp;Submissions</source>
        <translation>Hồ sơ đã &amp;nộp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="62" />
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="62" />
        <source>Print the report on paper</source>
        <translation>In báo cáo ra giấy</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="63" />
        <source>&amp;Export PDF &amp;&amp; Excel…</source>
        <translation>&amp;Xuất PDF &amp;&amp; Excel…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="63" />
        <source>Write the report as PDF and its Excel forms into a folder</source>
        <translation>Ghi báo cáo thành tệp PDF và các biểu Excel vào một thư mục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="64" />
        <source>F&amp;ull screen</source>
        <translation>Toàn &amp;màn hình</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="65" />
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/actions.py" line="66" />
        <source>&amp;About TTHC Desktop</source>
        <translation>&amp;Giới thiệu TTHC Desktop</translation>
    </message>
</context>
<context>
    <name>AddProcedureDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/procedures/add_procedure_dialog.py" line="14" />
        <source>Add a procedure</source>
        <translation>Thêm thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/add_procedure_dialog.py" line="30" />
        <source>The times and costs are filled in the catalogue table afterwards.</source>
        <translation>Thời gian và chi phí được điền sau, trong bảng danh mục.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/add_procedure_dialog.py" line="33" />
        <source>Procedure code:</source>
        <translation>Mã TTHC:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/add_procedure_dialog.py" line="34" />
        <source>Name:</source>
        <translation>Tên thủ tục:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/add_procedure_dialog.py" line="35" />
        <source>Field:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/add_procedure_dialog.py" line="36" />
        <source>Level:</source>
        <translation>Cấp thực hiện:</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="29" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="30" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="31" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="32" />
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="33" />
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="39" />
        <source>manual</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="40" />
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="41" />
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="93" />
        <source>%1 rows</source>
        <translation>%1 dòng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_menu.py" line="44" />
        <source>&amp;Back up now</source>
        <translation>Sao lưu &amp;ngay</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_menu.py" line="46" />
        <source>Save a checked copy of the database and attachments</source>
        <translation>Lưu một bản sao đã kiểm tra của cơ sở dữ liệu và tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_menu.py" line="47" />
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_menu.py" line="49" />
        <source>Go back to an earlier backup (the current data is backed up first)</source>
        <translation>Quay lại một bản sao lưu trước đây (dữ liệu hiện tại được sao lưu trước)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_menu.py" line="83" />
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_menu.py" line="84" />
        <source>Backup failed</source>
        <translation>Sao lưu thất bại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_menu.py" line="78" />
        <source>Backed up to %1 (%2).</source>
        <translation>Đã sao lưu vào %1 (%2).</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_menu.py" line="107" />
        <source>Restore the backup of %1 (%2 plans, %3 tasks)?

The data you have now is backed up first, so you can undo this restore later.</source>
        <translation>Khôi phục bản sao lưu ngày %1 (%2 kế hoạch, %3 nhiệm vụ)?

Dữ liệu hiện tại sẽ được sao lưu trước, nên có thể hoàn tác việc khôi phục này.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_menu.py" line="118" />
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_menu.py" line="138" />
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_menu.py" line="139" />
        <source>Restore failed</source>
        <translation>Khôi phục thất bại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_menu.py" line="129" />
        <source>Restored the backup of %1. The previous data is in %2.</source>
        <translation>Đã khôi phục bản sao lưu ngày %1. Dữ liệu trước đó được lưu tại %2.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_menu.py" line="154" />
        <source>Automatic backup failed: %1</source>
        <translation>Sao lưu tự động thất bại: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_menu.py" line="181" />
        <source>Automatic backup failed</source>
        <translation>Sao lưu tự động thất bại</translation>
    </message>
</context>
<context>
    <name>CalendarDaysDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/shell/calendar_dialog.py" line="34" />
        <source>Days off and make-up days</source>
        <translation>Ngày nghỉ, ngày làm bù</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/calendar_dialog.py" line="56" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/calendar_dialog.py" line="43" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/calendar_dialog.py" line="43" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/calendar_dialog.py" line="43" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/calendar_dialog.py" line="48" />
        <source>Add day off</source>
        <translation>Thêm ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/calendar_dialog.py" line="49" />
        <source>Add make-up working day</source>
        <translation>Thêm ngày làm bù</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/calendar_dialog.py" line="51" />
        <source>Remove my change</source>
        <translation>Bỏ ngày đã thêm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/calendar_dialog.py" line="53" />
        <source>Each year the government announces swapped days for public servants; add them here when they are not listed yet.</source>
        <translation>Hằng năm Chính phủ công bố lịch hoán đổi ngày nghỉ, ngày làm bù cho cán bộ, công chức; thêm vào đây nếu danh sách chưa có.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/calendar_dialog.py" line="64" />
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/calendar_dialog.py" line="65" />
        <source>Make-up working day</source>
        <translation>Ngày làm bù</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/calendar_dialog.py" line="67" />
        <source>To be confirmed</source>
        <translation>Cần xác nhận</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/calendar_dialog.py" line="80" />
        <source>%1 (%2) — to be confirmed: a day off</source>
        <translation>%1 (%2) — cần xác nhận: là ngày nghỉ</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="89" />
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="89" />
        <source>Time left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="89" />
        <source>Written?</source>
        <translation>Đã lập?</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="89" />
        <source>Due date</source>
        <translation>Hạn gửi</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="93" />
        <source>Request %1</source>
        <translation>Yêu cầu %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="102" />
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="117" />
        <source>%1 days late</source>
        <translation>Quá hạn %1 ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="118" />
        <source>due today</source>
        <translation>Hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="118" />
        <source>%1 days left</source>
        <translation>Còn %1 ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="103" />
        <source>Not started</source>
        <translation>Chưa lập</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="139" />
        <source>%1 — due %2</source>
        <translation>%1 — hạn gửi %2</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="141" />
        <source>%1 — data from %2 to %3, due %4</source>
        <translation>%1 — số liệu từ ngày %2 đến ngày %3, hạn gửi %4</translation>
    </message>
</context>
<context>
    <name>CatalogueMappingPage</name>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="93" />
        <source>2. Check the columns</source>
        <translation>2. Kiểm tra các cột</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="94" />
        <source>Detected automatically from the header; change a column if it is wrong.</source>
        <translation>Đã tự nhận theo dòng tiêu đề; hãy chọn lại cột nếu chưa đúng.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="97" />
        <source>Procedure code</source>
        <translation>Mã TTHC</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="98" />
        <source>Procedure name</source>
        <translation>Tên TTHC</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="99" />
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="100" />
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="101" />
        <source>Processing time 2024</source>
        <translation>Thời gian giải quyết năm 2024</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="102" />
        <source>Processing time now</source>
        <translation>Thời gian giải quyết hiện tại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="103" />
        <source>Compliance cost 2024</source>
        <translation>Chi phí tuân thủ năm 2024</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="104" />
        <source>Compliance cost now</source>
        <translation>Chi phí tuân thủ hiện tại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="105" />
        <source>Online level</source>
        <translation>Mức độ DVC trực tuyến</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="106" />
        <source>Anywhere in the province</source>
        <translation>Phi địa giới</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="107" />
        <source>One-stop</source>
        <translation>Một cửa</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="108" />
        <source>Related to business</source>
        <translation>Liên quan hoạt động sản xuất, kinh doanh</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="109" />
        <source>Internal procedure</source>
        <translation>TTHC nội bộ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="110" />
        <source>Case files per year</source>
        <translation>Số hồ sơ/năm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="113" />
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
</context>
<context>
    <name>CataloguePreviewPage</name>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="158" />
        <source>3. Check before importing</source>
        <translation>3. Kiểm tra trước khi nhập</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="159" />
        <source>Rows marked red are not imported; yellow cells are imported empty or estimated and need a look.</source>
        <translation>Dòng tô đỏ sẽ không được nhập; ô tô vàng được nhập để trống hoặc ước lượng, cần xem lại.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="164" />
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="164" />
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="164" />
        <source>Cell text</source>
        <translation>Nội dung ô</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="165" />
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="180" />
        <source>%1 procedures read: %2 new, %3 already in the catalogue (they will be updated). %4 rows not imported, %5 cells to check.</source>
        <translation>Đọc được %1 thủ tục: %2 thủ tục mới, %3 thủ tục đã có trong danh mục (sẽ được cập nhật). %4 dòng không được nhập, %5 ô cần kiểm tra.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="50" />
        <source>Search code or name (diacritics optional)…</source>
        <translation>Tìm theo mã hoặc tên thủ tục (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="55" />
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="63" />
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="56" />
        <source>Import the unit's catalogue of procedures</source>
        <translation>Nhập danh mục thủ tục hành chính của đơn vị</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="57" />
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="59" />
        <source>Add procedure…</source>
        <translation>Thêm thủ tục…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="59" />
        <source>Add the unit's procedures one by one.</source>
        <translation>Thêm từng thủ tục hành chính của đơn vị.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="60" />
        <source>Or fill the blank Excel template with your catalogue…</source>
        <translation>Hoặc điền danh mục vào mẫu Excel trống…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="60" />
        <source>Save a blank template…</source>
        <translation>Lưu mẫu Excel trống…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="62" />
        <source>…and import it (any Excel catalogue with code and name columns works).</source>
        <translation>…rồi nhập vào (mọi tệp Excel có cột mã và tên thủ tục đều dùng được).</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="68" />
        <source>Field:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="106" />
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="121" />
        <source>%1 procedures</source>
        <translation>%1 thủ tục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="135" />
        <source>Cannot add</source>
        <translation>Không thêm được</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="137" />
        <source>Added %1 — %2.</source>
        <translation>Đã thêm %1 — %2.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="141" />
        <source>Save a blank catalogue</source>
        <translation>Lưu danh mục mẫu trống</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="141" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="148" />
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="148" />
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="151" />
        <source>Blank catalogue saved to %1: fill it, then import it.</source>
        <translation>Đã lưu danh mục mẫu vào %1: hãy điền rồi nhập vào.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="164" />
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Đã nhập: thêm %1, cập nhật %2, giữ nguyên %3 thủ tục.</translation>
    </message>
</context>
<context>
    <name>ColumnCombos</name>
    <message>
        <location filename="../tthc_desktop/ui/widgets/column_combos.py" line="32" />
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/column_combos.py" line="34" />
        <source>Column %1: %2</source>
        <translation>Cột %1: %2</translation>
    </message>
</context>
<context>
    <name>CompletionChart</name>
    <message>
        <location filename="../tthc_desktop/ui/widgets/status_chart.py" line="147" />
        <source>Completed (cumulative)</source>
        <translation>Đã hoàn thành (lũy kế)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/status_chart.py" line="148" />
        <source>Due by then (cumulative)</source>
        <translation>Đến hạn (lũy kế)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/status_chart.py" line="149" />
        <source>Total tasks</source>
        <translation>Tổng số nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="257" />
        <source>Review…</source>
        <translation>Xem xét…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="276" />
        <source>%1 tasks have content changed by a re-import — please review</source>
        <translation>%1 nhiệm vụ có nội dung thay đổi sau khi nhập lại — cần xem xét</translation>
    </message>
</context>
<context>
    <name>CutsChart</name>
    <message>
        <location filename="../tthc_desktop/ui/widgets/cuts_chart.py" line="69" />
        <source>No procedures yet</source>
        <translation>Chưa có thủ tục nào</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/cuts_chart.py" line="78" />
        <source>Processing time (days)</source>
        <translation>Thời gian (ngày)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/cuts_chart.py" line="80" />
        <source>Compliance cost (VND)</source>
        <translation>Chi phí (đồng)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/cuts_chart.py" line="92" />
        <source>In 2024</source>
        <translation>Năm 2024</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/cuts_chart.py" line="92" />
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
</context>
<context>
    <name>CutsTab</name>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="103" />
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="104" />
        <source>Save the catalogue with its cuts as the Excel form (Ctrl+E)</source>
        <translation>Lưu “Danh mục TTHC và phương án cắt giảm, đơn giản hóa” ra tệp Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="107" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="110" />
        <source>Target cut against 2024:</source>
        <translation>Chỉ tiêu cắt giảm so với năm 2024:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="115" />
        <source>Unit totals</source>
        <translation>Tổng của đơn vị</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="117" />
        <source>Time cut</source>
        <translation>Cắt giảm thời gian</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="117" />
        <source>Cost cut</source>
        <translation>Cắt giảm chi phí</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="117" />
        <source>Meets target?</source>
        <translation>Đạt chỉ tiêu?</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="121" />
        <source>Simple total</source>
        <translation>Tổng đơn giản</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="122" />
        <source>Weighted by case files per year</source>
        <translation>Tổng theo số hồ sơ/năm (có trọng số)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="175" />
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="176" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="175" />
        <source>Not enough data</source>
        <translation>Chưa đủ số liệu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="179" />
        <source>%1 of %2 procedures have both time figures, %3 both cost figures; the others are left out (see the tooltips of the catalogue).</source>
        <translation>%1/%2 thủ tục có đủ số liệu thời gian, %3 thủ tục có đủ số liệu chi phí; các thủ tục còn lại chưa được tính (rê chuột lên ô trong danh mục để xem lý do).</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="184" />
        <source>Working days and calendar days are added together in the time total.</source>
        <translation>Lưu ý: tổng thời gian đang cộng chung ngày làm việc và ngày theo lịch.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="188" />
        <source>&lt;b&gt;Procedures short of the %1 target: %2&lt;/b&gt; (hover a row for what is needed)</source>
        <translation>&lt;b&gt;Thủ tục chưa đạt chỉ tiêu %1: %2&lt;/b&gt; (rê chuột lên dòng để xem cần cắt giảm thêm bao nhiêu)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="213" />
        <source>Export the cuts list</source>
        <translation>Xuất danh mục TTHC và phương án cắt giảm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="214" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="224" />
        <source>Export failed</source>
        <translation>Không xuất được tệp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="225" />
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="160" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="164" />
        <source>Loading figures…</source>
        <translation>Đang tải số liệu…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="194" />
        <source>Tasks by status (this year)</source>
        <translation>Nhiệm vụ theo trạng thái (năm nay)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="195" />
        <source>Completion over the year</source>
        <translation>Tiến độ hoàn thành trong năm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="199" />
        <source>Progress per plan (tasks done / tasks)</source>
        <translation>Tiến độ từng kế hoạch (số nhiệm vụ hoàn thành / tổng số)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="207" />
        <source>Enter your unit's name and level (once).</source>
        <translation>Nhập tên và cấp của đơn vị (một lần).</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="207" />
        <source>Unit information…</source>
        <translation>Thông tin đơn vị…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="209" />
        <source>Import the task table of a plan (.docx, .xlsx or text).</source>
        <translation>Nhập bảng nhiệm vụ của một kế hoạch (.docx, .xlsx hoặc văn bản).</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="209" />
        <source>Import plan…</source>
        <translation>Nhập kế hoạch…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="211" />
        <source>Import your unit's catalogue of procedures from Excel.</source>
        <translation>Nhập danh mục thủ tục hành chính của đơn vị từ Excel.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="211" />
        <source>Open the catalogue</source>
        <translation>Mở danh mục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="303" />
        <source>Tasks your unit leads or coordinates.</source>
        <translation>Nhiệm vụ đơn vị chủ trì hoặc phối hợp.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="304" />
        <source>All tasks of the imported plans.</source>
        <translation>Tất cả nhiệm vụ của các kế hoạch đã nhập.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="306" />
        <source>Year %1: tasks due or done this year, and those needing a date</source>
        <translation>Năm %1: nhiệm vụ có hạn hoặc hoàn thành trong năm và nhiệm vụ cần đặt hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="309" />
        <source>%1 (data from %2 to %3): tasks due or done in this window; continuous tasks counted separately</source>
        <translation>%1 (số liệu từ %2 đến %3): nhiệm vụ có hạn hoặc hoàn thành trong kỳ; nhiệm vụ thường xuyên đếm riêng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="324" />
        <source>Overdue: %1</source>
        <translation>Quá hạn: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="325" />
        <source>Due within 7 days: %1</source>
        <translation>Đến hạn trong 7 ngày: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../tthc_desktop/ui/widgets/date_field.py" line="74" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/date_field.py" line="79" />
        <source>Choose on the calendar</source>
        <translation>Chọn trên lịch</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/date_field.py" line="150" />
        <source>Enter a date (dd/mm/yyyy).</source>
        <translation>Hãy nhập ngày (nn/tt/nnnn).</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/date_field.py" line="154" />
        <source>"%1" is not a date: type it as dd/mm/yyyy, e.g. 15/03/2026.</source>
        <translation>"%1" không phải là ngày: hãy nhập dạng nn/tt/nnnn, ví dụ 15/03/2026.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/date_field.py" line="158" />
        <source>The date must be on or after %1.</source>
        <translation>Ngày phải từ %1 trở đi.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/date_field.py" line="162" />
        <source>The date must be on or before %1.</source>
        <translation>Ngày không được sau %1.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_details_page.py" line="17" />
        <source>5. Plan details</source>
        <translation>5. Thông tin kế hoạch</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_details_page.py" line="18" />
        <source>Filled in from the document where possible. Importing saves everything in one step; nothing is saved if it fails.</source>
        <translation>Đã điền sẵn từ văn bản nếu đọc được. Khi nhập, toàn bộ được lưu trong một bước; nếu có lỗi thì không lưu gì.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_details_page.py" line="30" />
        <source>Number/symbol:</source>
        <translation>Số/ký hiệu:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_details_page.py" line="30" />
        <source>Date issued:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_details_page.py" line="31" />
        <source>Issued by:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_details_page.py" line="31" />
        <source>Summary (trích yếu):</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_details_page.py" line="32" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_details_page.py" line="37" />
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_details_page.py" line="66" />
        <source>A new plan will be created.</source>
        <translation>Sẽ tạo kế hoạch mới.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_details_page.py" line="69" />
        <source>This plan is already in the database (%1). Importing again updates the tasks that changed and adds new ones; nothing is duplicated and your progress is kept.</source>
        <translation>Kế hoạch này đã có trong cơ sở dữ liệu (%1). Nhập lại sẽ cập nhật các nhiệm vụ có thay đổi và thêm nhiệm vụ mới; không tạo bản trùng và giữ nguyên tiến độ đã ghi.</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <location filename="../tthc_desktop/ui/widgets/domain_labels.py" line="40" />
        <source>@language</source>
        <translation>vi</translation>
    </message>
</context>
<context>
    <name>DueDatesDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="233" />
        <source>Due dates</source>
        <translation>Ngày hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="238" />
        <source>Add date</source>
        <translation>Thêm ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="239" />
        <source>Remove date</source>
        <translation>Bỏ ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="246" />
        <source>These are the task's due dates (confirm or replace)</source>
        <translation>Đây là các ngày hạn của nhiệm vụ (xác nhận hoặc thay thế)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="247" />
        <source>Add these dates to the existing ones</source>
        <translation>Thêm các ngày này vào các hạn hiện có</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="249" />
        <source>Dates:</source>
        <translation>Các ngày hạn:</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="138" />
        <source>Record extension</source>
        <translation>Gia hạn nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="144" />
        <source>e.g. 45/QĐ-UBND</source>
        <translation>ví dụ 45/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="146" />
        <source>The original due date is kept: a task finished after it still counts as late.</source>
        <translation>Hạn ban đầu vẫn được giữ: nhiệm vụ hoàn thành sau hạn này vẫn tính là trễ hạn.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="148" />
        <source>New due date:</source>
        <translation>Hạn mới:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="149" />
        <source>Document number:</source>
        <translation>Số, ký hiệu văn bản:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="150" />
        <source>Document date:</source>
        <translation>Ngày văn bản:</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_fields.py" line="84" />
        <source>One recipient per line</source>
        <translation>Mỗi nơi nhận một dòng</translation>
    </message>
</context>
<context>
    <name>FileChoicePage</name>
    <message>
        <location filename="../tthc_desktop/ui/widgets/file_choice_page.py" line="24" />
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
</context>
<context>
    <name>FillResultDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/province_form_dialog.py" line="36" />
        <source>Province's form filled</source>
        <translation>Đã điền biểu mẫu của tỉnh</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/province_form_dialog.py" line="38" />
        <source>Written: %1 (%2 cells). Rows not matched: %3.</source>
        <translation>Đã ghi: %1 (%2 ô). Số dòng chưa ghép được: %3.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/province_form_dialog.py" line="45" />
        <source>&amp;Remember the row matches for this form</source>
        <translation>&amp;Lưu cách ghép dòng cho biểu này</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/province_form_dialog.py" line="46" />
        <source>Next period, the same form is matched the same way</source>
        <translation>Kỳ sau, biểu này được ghép dòng theo cùng cách</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/province_form_dialog.py" line="59" />
        <source>Row matches remembered</source>
        <translation>Đã lưu cách ghép dòng</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/shell/first_run_dialog.py" line="32" />
        <source>Welcome to TTHC Desktop</source>
        <translation>Chào mừng đến với TTHC Desktop</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/first_run_dialog.py" line="32" />
        <source>Unit details</source>
        <translation>Thông tin đơn vị</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/first_run_dialog.py" line="36" />
        <source>Tell us about your unit. You can change this later in Settings.</source>
        <translation>Vui lòng cho biết thông tin đơn vị của bạn. Có thể sửa lại sau trong mục Thông tin đơn vị.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/first_run_dialog.py" line="37" />
        <source>Reports take their heading, number and recipients from these details.</source>
        <translation>Báo cáo lấy phần đầu, số ký hiệu và nơi nhận từ các thông tin này.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/first_run_dialog.py" line="40" />
        <source>e.g. Department of Justice of Dong Thap province</source>
        <translation>ví dụ: Sở Tư pháp tỉnh Đồng Tháp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/first_run_dialog.py" line="43" />
        <source>Provincial department, board or agency (incl. Public Administration Service Centre)</source>
        <translation>Sở, ban, ngành tỉnh (kể cả Trung tâm Phục vụ hành chính công)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/first_run_dialog.py" line="45" />
        <source>Provincial People's Committee / its Office</source>
        <translation>UBND tỉnh / Văn phòng UBND tỉnh</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/first_run_dialog.py" line="46" />
        <source>People's Committee of a commune, ward or special zone</source>
        <translation>UBND xã, phường, đặc khu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/first_run_dialog.py" line="50" />
        <source>District level no longer exists since 1 July 2025: choose the new level of your unit.</source>
        <translation>Cấp huyện không còn từ ngày 01/7/2025: vui lòng chọn cấp mới của đơn vị.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/first_run_dialog.py" line="65" />
        <source>Report heading (can be filled in later)</source>
        <translation>Phần đầu báo cáo (có thể điền sau)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/first_run_dialog.py" line="60" />
        <source>Unit name:</source>
        <translation>Tên đơn vị:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/first_run_dialog.py" line="61" />
        <source>Level:</source>
        <translation>Cấp thực hiện:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/first_run_dialog.py" line="63" />
        <source>Officer's name:</source>
        <translation>Họ tên cán bộ:</translation>
    </message>
</context>
<context>
    <name>Form06GridModel</name>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="48" />
        <source>Online
(4)</source>
        <translation>Trực tuyến
(4)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="49" />
        <source>From previous
period (6)</source>
        <translation>Từ kỳ
trước (6)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="49" />
        <source>Early
(8)</source>
        <translation>Trước hạn
(8)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="50" />
        <source>On time
(9)</source>
        <translation>Đúng hạn
(9)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="50" />
        <source>Late
(10)</source>
        <translation>Quá hạn
(10)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="48" />
        <source>Total
received (3)</source>
        <translation>Tổng số
nhận (3)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="48" />
        <source>In person,
by post (5)</source>
        <translation>Trực tiếp,
BCCI (5)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="49" />
        <source>Total
resolved (7)</source>
        <translation>Tổng số đã
giải quyết (7)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="50" />
        <source>Total in
progress (11)</source>
        <translation>Tổng số đang
giải quyết (11)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="51" />
        <source>Within time
(12)</source>
        <translation>Trong hạn
(12)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="51" />
        <source>Overdue
(13)</source>
        <translation>Quá hạn
(13)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="53" />
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="53" />
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="54" />
        <source>On time
%</source>
        <translation>Tỷ lệ
đúng hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="54" />
        <source>Online
%</source>
        <translation>Tỷ lệ
trực tuyến</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="54" />
        <source>Overdue
files</source>
        <translation>Số hồ sơ
quá hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="155" />
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/form06_grid.py" line="206" />
        <source>“%1” is not a whole number of case files</source>
        <translation>“%1” không phải là số hồ sơ (số nguyên)</translation>
    </message>
</context>
<context>
    <name>FreezeDifferencesDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/freeze_differences_dialog.py" line="26" />
        <source>Changes since the figures were frozen</source>
        <translation>Số liệu thay đổi sau khi chốt</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/freeze_differences_dialog.py" line="27" />
        <source>%1: the report, its appendices and the province's forms keep the frozen figures. Re-freeze if the current figures are right.</source>
        <translation>%1: báo cáo, phụ lục và biểu mẫu của tỉnh vẫn dùng số đã chốt. Hãy chốt lại nếu số hiện nay là đúng.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/freeze_differences_dialog.py" line="32" />
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/freeze_differences_dialog.py" line="32" />
        <source>Frozen value</source>
        <translation>Số đã chốt</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/freeze_differences_dialog.py" line="32" />
        <source>Current value</source>
        <translation>Số hiện nay</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/freeze_differences_dialog.py" line="48" />
        <source>Re-&amp;freeze</source>
        <translation>Chốt &amp;lại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/freeze_differences_dialog.py" line="51" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../tthc_desktop/ui/widgets/import_wizard.py" line="51" />
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/import_wizard.py" line="52" />
        <source>Nothing was saved. Reason: %1</source>
        <translation>Chưa lưu gì. Lý do: %1</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/letter_dialog.py" line="24" />
        <source>Apology letter for a late case file</source>
        <translation>Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/letter_dialog.py" line="28" />
        <source>A letter is required for every case file returned late. Fill in the case file; the heading and signer are taken from your last report.</source>
        <translation>Mỗi hồ sơ trả kết quả quá hạn phải có thư xin lỗi. Nhập thông tin hồ sơ; phần tiêu đề và người ký lấy từ báo cáo gần nhất.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/letter_dialog.py" line="37" />
        <source>Create letter</source>
        <translation>Tạo thư</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/letter_dialog.py" line="37" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="60" />
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="115" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="123" />
        <source>Days off and make-up days…</source>
        <translation>Ngày nghỉ, ngày làm bù…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="128" />
        <source>&amp;Edit</source>
        <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="134" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="140" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="166" />
        <source>Undone: %1</source>
        <translation>Đã hoàn tác: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="172" />
        <source>Redone: %1</source>
        <translation>Đã làm lại: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="176" />
        <source>&amp;Undo: %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="176" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="181" />
        <source>&amp;Redo: %1</source>
        <translation>&amp;Làm lại: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="181" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="187" />
        <source>(unit not set)</source>
        <translation>(chưa đặt tên đơn vị)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="231" />
        <source>Plan updated: %1 changed, %2 added, %3 unchanged.</source>
        <translation>Đã cập nhật kế hoạch: %1 nhiệm vụ thay đổi, %2 thêm mới, %3 giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/main_window.py" line="237" />
        <source>Plan imported: %1 tasks (and %2 heading rows).</source>
        <translation>Đã nhập kế hoạch: %1 nhiệm vụ (và %2 dòng tiêu đề mục).</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="215" />
        <source>3. Check the columns</source>
        <translation>3. Kiểm tra các cột</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="216" />
        <source>Detected automatically; change a column if it is wrong.</source>
        <translation>Các cột được nhận diện tự động; hãy chọn lại nếu chưa đúng.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="218" />
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="219" />
        <source>Task content</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="220" />
        <source>Lead agency</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="221" />
        <source>Coordinating agencies</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="222" />
        <source>Deadline</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="223" />
        <source>Expected product</source>
        <translation>Sản phẩm dự kiến</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="224" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="267" />
        <source>Using the reading saved for %1: its column mapping and %2 rows read differently.</source>
        <translation>Đang dùng cách đọc đã lưu cho %1: cách gán cột và %2 dòng đã phân loại lại.</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="90" />
        <source>Mark task done</source>
        <translation>Đánh dấu hoàn thành</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="94" />
        <source>What was done, e.g. the document issued</source>
        <translation>Kết quả, ví dụ văn bản đã ban hành</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="97" />
        <source>e.g. 88/BC-STP</source>
        <translation>ví dụ 88/BC-STP</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="100" />
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="113" />
        <source>(no file)</source>
        <translation>(chưa có tệp)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="102" />
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="105" />
        <source>Completed on:</source>
        <translation>Ngày hoàn thành:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="106" />
        <source>Outcome:</source>
        <translation>Kết quả thực hiện:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="107" />
        <source>Evidence document number:</source>
        <translation>Số, ký hiệu văn bản minh chứng:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="108" />
        <source>Evidence document date:</source>
        <translation>Ngày văn bản minh chứng:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="109" />
        <source>Attached file:</source>
        <translation>Tệp đính kèm:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="116" />
        <source>Choose the evidence file</source>
        <translation>Chọn tệp minh chứng</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="128" />
        <source>Mark as sent</source>
        <translation>Đánh dấu đã gửi</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="132" />
        <source>Document management system</source>
        <translation>Hệ thống quản lý văn bản</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="132" />
        <source>Inter-agency exchange</source>
        <translation>Trục liên thông văn bản</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="133" />
        <source>Official e-mail</source>
        <translation>Thư điện tử công vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="133" />
        <source>Post</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="135" />
        <source>e.g. 12/BC-STP</source>
        <translation>ví dụ 12/BC-STP</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="137" />
        <source>Sent on:</source>
        <translation>Ngày gửi:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="138" />
        <source>Channel:</source>
        <translation>Hình thức gửi:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="139" />
        <source>Document number:</source>
        <translation>Số, ký hiệu văn bản:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="140" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="140" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="54" />
        <source>New report</source>
        <translation>Báo cáo mới</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="71" />
        <source>Kind of report</source>
        <translation>Loại báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="72" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="74" />
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="106" />
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="106" />
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="118" />
        <source>%1: data from %2 to %3</source>
        <translation>%1: số liệu từ ngày %2 đến ngày %3</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../tthc_desktop/ui/widgets/operations.py" line="208" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/operations.py" line="276" />
        <source>An unexpected error stopped the work; the details are in the log file.</source>
        <translation>Công việc dừng vì một lỗi không lường trước; chi tiết được ghi trong tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/operations.py" line="278" />
        <source>The work could not be finished</source>
        <translation>Không hoàn thành được công việc</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="85" />
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="85" />
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="100" />
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="236" />
        <source>Add section</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="100" />
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="244" />
        <source>Add sub-section</source>
        <translation>Thêm mục con</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="101" />
        <source>Move up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="102" />
        <source>Move down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="102" />
        <source>Indent</source>
        <translation>Thụt vào (thành mục con)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="103" />
        <source>Outdent</source>
        <translation>Thụt ra</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="103" />
        <source>Paste outline…</source>
        <translation>Dán đề cương…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="104" />
        <source>Import Word headings…</source>
        <translation>Lấy đề mục từ Word…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="106" />
        <source>Use this outline</source>
        <translation>Dùng đề cương này</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="107" />
        <source>Save as template…</source>
        <translation>Lưu làm mẫu…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="108" />
        <source>Export file…</source>
        <translation>Xuất tệp…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="108" />
        <source>Import file…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="117" />
        <source>Templates:</source>
        <translation>Mẫu đề cương:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="119" />
        <source>Content of the selected section:</source>
        <translation>Nội dung của mục đang chọn:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="120" />
        <source>Double-click a title to rename it. Generated sections are written from the period's data; free sections are written by you.</source>
        <translation>Nhấp đúp vào tên mục để đổi tên. Mục tự động được viết từ số liệu của kỳ; mục tự viết do anh/chị soạn.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="217" />
        <source>Rename section</source>
        <translation>Đổi tên mục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="226" />
        <source>Change section content</source>
        <translation>Đổi loại nội dung của mục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="234" />
        <source>New section</source>
        <translation>Mục mới</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="243" />
        <source>New sub-section</source>
        <translation>Mục con mới</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="101" />
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="257" />
        <source>Remove section</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="262" />
        <source>Move section</source>
        <translation>Chuyển mục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="267" />
        <source>Indent section</source>
        <translation>Thụt mục vào</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="272" />
        <source>Outdent section</source>
        <translation>Thụt mục ra</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="287" />
        <source>No headings found</source>
        <translation>Không thấy đề mục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="288" />
        <source>No numbered heading (I., 1., 1.1., a)) was found in the text.</source>
        <translation>Không thấy đề mục có đánh số (I., 1., 1.1., a)) trong đoạn văn bản.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="291" />
        <source>Paste outline</source>
        <translation>Dán đề cương</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="296" />
        <source>Paste an outline</source>
        <translation>Dán đề cương</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="298" />
        <source>I. RESULTS
1. Direction
a) …
II. DIFFICULTIES</source>
        <translation>I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác chỉ đạo
a) …
II. KHÓ KHĂN, VƯỚNG MẮC</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="301" />
        <source>One heading per line; the numbering gives the level.</source>
        <translation>Mỗi dòng một đề mục; cách đánh số cho biết cấp của mục.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="320" />
        <source>Word outline</source>
        <translation>Đề cương dạng Word</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="320" />
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="321" />
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="372" />
        <source>Could not read the outline</source>
        <translation>Không đọc được đề cương</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="325" />
        <source>Import Word headings</source>
        <translation>Lấy đề mục từ Word</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="342" />
        <source>Use outline template</source>
        <translation>Dùng mẫu đề cương</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="348" />
        <source>Save as template</source>
        <translation>Lưu làm mẫu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="348" />
        <source>Template name:</source>
        <translation>Tên mẫu:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="354" />
        <source>Could not save the template</source>
        <translation>Không lưu được mẫu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="362" />
        <source>Export the outline</source>
        <translation>Xuất đề cương</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="362" />
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="371" />
        <source>Outline (*.json)</source>
        <translation>Đề cương (*.json)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="366" />
        <source>Could not export the outline</source>
        <translation>Không xuất được đề cương</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="371" />
        <source>Outline file</source>
        <translation>Tệp đề cương</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/outline_editor.py" line="375" />
        <source>Import outline file</source>
        <translation>Nhập tệp đề cương</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../tthc_desktop/ui/shell/pages.py" line="52" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/pages.py" line="53" />
        <source>Counts of tasks by status, the overdue and due-soon lists and the upcoming reports will appear here once plans are imported.</source>
        <translation>Sau khi nhập kế hoạch, tại đây sẽ hiển thị số nhiệm vụ theo tình trạng, danh sách nhiệm vụ quá hạn, sắp đến hạn và các báo cáo sắp phải nộp.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/pages.py" line="60" />
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/pages.py" line="61" />
        <source>The tasks of the plans your unit leads or coordinates will be listed here, with their deadlines and progress.</source>
        <translation>Tại đây sẽ liệt kê các nhiệm vụ trong các kế hoạch mà đơn vị chủ trì hoặc phối hợp, kèm thời hạn và tiến độ thực hiện.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/pages.py" line="68" />
        <source>Administrative procedures</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/pages.py" line="69" />
        <source>Your unit's catalogue of procedures, their cuts in time and cost and the case-file figures will be kept here.</source>
        <translation>Tại đây sẽ lưu danh mục thủ tục hành chính của đơn vị, kết quả cắt giảm thời gian, chi phí và số liệu hồ sơ.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/pages.py" line="76" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/pages.py" line="77" />
        <source>The periodic reports, their calendar and the official PDF and Excel documents will be prepared here.</source>
        <translation>Tại đây sẽ lập các báo cáo định kỳ, lịch báo cáo và văn bản PDF, Excel đúng thể thức.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/pages.py" line="84" />
        <source>Submitted files</source>
        <translation>Hồ sơ đã nộp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/pages.py" line="85" />
        <source>The signed submissions you have sent, with their signatures and dates, will be listed here.</source>
        <translation>Tại đây sẽ liệt kê các hồ sơ đã ký số và gửi đi, kèm chữ ký và ngày gửi.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../tthc_desktop/ui/widgets/pdf_preview.py" line="88" />
        <source>Could not open the PDF file “%1”.</source>
        <translation>Không mở được tệp PDF “%1”.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/pdf_preview.py" line="283" />
        <source>◀ Previous page</source>
        <translation>◀ Trang trước</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/pdf_preview.py" line="284" />
        <source>Next page ▶</source>
        <translation>Trang sau ▶</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/pdf_preview.py" line="292" />
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/pdf_preview.py" line="293" />
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/pdf_preview.py" line="294" />
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/pdf_preview.py" line="296" />
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/pdf_preview.py" line="490" />
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
</context>
<context>
    <name>PeriodFields</name>
    <message>
        <location filename="../tthc_desktop/ui/widgets/period_fields.py" line="18" />
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/period_fields.py" line="21" />
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
</context>
<context>
    <name>PeriodFreezeBar</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/period_freeze_bar.py" line="66" />
        <source>The figures of this period are not frozen: the report uses the current data.</source>
        <translation>Số liệu của kỳ này chưa được chốt: báo cáo đang dùng số liệu hiện hành.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/period_freeze_bar.py" line="69" />
        <source>&amp;Freeze figures</source>
        <translation>&amp;Chốt số liệu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/period_freeze_bar.py" line="70" />
        <source>Keep today's figures as the period's one set: the report, its appendices and the province's form all use them</source>
        <translation>Giữ số liệu hôm nay làm bộ số liệu duy nhất của kỳ: báo cáo, phụ lục và biểu mẫu của tỉnh đều dùng bộ này</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/period_freeze_bar.py" line="78" />
        <source>Figures frozen at %1 by %2.</source>
        <translation>Số liệu đã chốt lúc %1 (%2).</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/period_freeze_bar.py" line="80" />
        <source>The report keeps the frozen figures; re-freeze if the current ones are right.</source>
        <translation>Báo cáo vẫn dùng số đã chốt; hãy chốt lại nếu số hiện nay là đúng.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/period_freeze_bar.py" line="81" />
        <source>See…</source>
        <translation>Xem…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/period_freeze_bar.py" line="82" />
        <source>Figures changed after the freeze: %1 differences</source>
        <translation>Số liệu đã thay đổi sau khi chốt: %1 khác biệt</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/period_freeze_bar.py" line="89" />
        <source>Re-&amp;freeze</source>
        <translation>Chốt &amp;lại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/period_freeze_bar.py" line="90" />
        <source>Make the current figures the period's set</source>
        <translation>Lấy số liệu hiện hành làm bộ số liệu của kỳ</translation>
    </message>
</context>
<context>
    <name>PlanImportWizard</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="65" />
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="165" />
        <source>Import a plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="79" />
        <source>1. Choose the plan file</source>
        <translation>1. Chọn tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="80" />
        <source>A PDF with a text layer, Word (.docx), Excel (.xlsx) or text file whose appendix is the task table.</source>
        <translation>Tệp PDF có lớp văn bản, Word (.docx), Excel (.xlsx) hoặc văn bản có phụ lục là bảng nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="82" />
        <source>Path to the plan file</source>
        <translation>Đường dẫn tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="82" />
        <source>Choose the plan file</source>
        <translation>Chọn tệp kế hoạch</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="100" />
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="101" />
        <source>Cannot read the file</source>
        <translation>Không đọc được tệp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="123" />
        <source>Cannot read the table</source>
        <translation>Không đọc được bảng</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="65" />
        <source>4. Check the tasks</source>
        <translation>4. Kiểm tra nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="76" />
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="76" />
        <source>Task content</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="76" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="76" />
        <source>Coordinating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="77" />
        <source>Deadline (as written)</source>
        <translation>Thời hạn (theo văn bản)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="77" />
        <source>Due dates</source>
        <translation>Ngày hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="77" />
        <source>Rule applied</source>
        <translation>Quy tắc áp dụng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="77" />
        <source>Your role</source>
        <translation>Vai trò đơn vị</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="78" />
        <source>Row type</source>
        <translation>Loại dòng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="118" />
        <source>Plan year:</source>
        <translation>Năm kế hoạch:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="127" />
        <source>Warnings:</source>
        <translation>Lưu ý:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="185" />
        <source>Continuous</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="187" />
        <source>Recurring</source>
        <translation>Định kỳ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="189" />
        <source>Needs a date</source>
        <translation>Cần đặt hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="85" />
        <source>Click, press F2 or right-click to read this row differently</source>
        <translation>Bấm chuột, nhấn F2 hoặc bấm chuột phải để đọc dòng này theo cách khác</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="234" />
        <source>Read as: %1</source>
        <translation>Đọc là: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="245" />
        <source>%1 tasks: %2 with dates, %3 continuous, %4 recurring, %5 need a date</source>
        <translation>%1 nhiệm vụ: %2 có hạn, %3 thường xuyên, %4 định kỳ, %5 cần đặt hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="252" />
        <source>No warnings.</source>
        <translation>Không có lưu ý.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="262" />
        <source>%1 rows read differently by you.</source>
        <translation>%1 dòng do bạn đọc lại.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="83" />
        <source>Changed by you; read from the plan: %1</source>
        <translation>Do bạn sửa; theo kế hoạch: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="66" />
        <source>Each deadline is shown as understood, with the rule applied. Correct your unit's role, or how a row was read (Row type), where needed.</source>
        <translation>Mỗi thời hạn được hiển thị theo cách đã hiểu, kèm quy tắc áp dụng. Sửa vai trò của đơn vị, hoặc cách đọc một dòng (cột Loại dòng), nếu cần.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="72" />
        <source>Show merged and ignored rows</source>
        <translation>Hiện cả dòng đã gộp và dòng bỏ qua</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="84" />
        <source>Click, press F2 or type to change</source>
        <translation>Bấm chuột, nhấn F2 hoặc gõ để đổi</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_preview_page.py" line="259" />
        <source>Your unit's role: %1 (%2 changed by you).</source>
        <translation>Vai trò của đơn vị: %1 (%2 do bạn sửa).</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../tthc_desktop/ui/widgets/printing.py" line="50" />
        <source>Could not start printing on “%1”.</source>
        <translation>Không bắt đầu in được trên “%1”.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/printing.py" line="54" />
        <source>The printer stopped at page %1.</source>
        <translation>Máy in dừng ở trang %1.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/widgets/printing.py" line="76" />
        <source>Print</source>
        <translation>In</translation>
    </message>
</context>
<context>
    <name>ProcedureImportWizard</name>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="45" />
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="88" />
        <source>Import the procedure catalogue</source>
        <translation>Nhập danh mục thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="49" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="50" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="51" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="52" />
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="54" />
        <source>1. Choose the catalogue file</source>
        <translation>1. Chọn tệp danh mục TTHC</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="55" />
        <source>An Excel (.xlsx) list of procedures with their code, name, time and cost.</source>
        <translation>Tệp Excel (.xlsx) liệt kê các thủ tục với mã, tên, thời gian giải quyết và chi phí.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="56" />
        <source>Path to the catalogue file</source>
        <translation>Đường dẫn tệp danh mục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="56" />
        <source>Choose the catalogue file</source>
        <translation>Chọn tệp danh mục TTHC</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="57" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="67" />
        <source>Cannot read the file</source>
        <translation>Không đọc được tệp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_import_wizard.py" line="80" />
        <source>Cannot read the table</source>
        <translation>Không đọc được bảng</translation>
    </message>
</context>
<context>
    <name>ProcedureTableModel</name>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="56" />
        <source>Procedure code</source>
        <translation>Mã TTHC</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="57" />
        <source>Procedure</source>
        <translation>Tên thủ tục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="58" />
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="59" />
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="61" />
        <source>Internal</source>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="62" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="64" />
        <source>One-stop</source>
        <translation>Một cửa</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="60" />
        <source>Business
related</source>
        <translation>Liên quan
SXKD</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="63" />
        <source>Anywhere in
province</source>
        <translation>Phi
địa giới</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="65" />
        <source>Days
2024</source>
        <translation>Số ngày
2024</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="66" />
        <source>Days
now</source>
        <translation>Số ngày
hiện tại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="67" />
        <source>Day
kind</source>
        <translation>Loại
ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="68" />
        <source>Cost 2024
(VND)</source>
        <translation>Chi phí 2024
(đồng)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="69" />
        <source>Cost now
(VND)</source>
        <translation>Chi phí hiện
tại (đồng)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="70" />
        <source>Files
per year</source>
        <translation>Số hồ sơ
/năm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="71" />
        <source>Time
cut</source>
        <translation>Cắt giảm
thời gian</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="72" />
        <source>Cost
cut</source>
        <translation>Cắt giảm
chi phí</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="73" />
        <source>Meets
target?</source>
        <translation>Đạt
chỉ tiêu?</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="169" />
        <source>(2024 − now) / 2024</source>
        <translation>(năm 2024 − hiện tại) / năm 2024</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="220" />
        <source>working</source>
        <translation>LV</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="220" />
        <source>calendar</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="226" />
        <source>Not regulated</source>
        <translation>Không quy định</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="237" />
        <source>Not enough data</source>
        <translation>Chưa đủ số liệu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="237" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="237" />
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedure_table_model.py" line="295" />
        <source>Edit %1 of %2</source>
        <translation>Sửa “%1” của thủ tục %2</translation>
    </message>
</context>
<context>
    <name>ProceduresPage</name>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="175" />
        <source>Administrative procedures</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="176" />
        <source>Catalogue of the unit's procedures, their cuts in time and cost against 2024 (Resolution 66/NQ-CP) and the case-file figures of form 06.</source>
        <translation>Danh mục TTHC của đơn vị, tỷ lệ cắt giảm thời gian và chi phí so với năm 2024 (Nghị quyết 66/NQ-CP) và số liệu hồ sơ theo biểu 06.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="185" />
        <source>Catalogue</source>
        <translation>Danh mục TTHC</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="186" />
        <source>Cuts</source>
        <translation>Cắt giảm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/procedures_page.py" line="187" />
        <source>Case-file figures (form 06)</source>
        <translation>Số liệu hồ sơ (Biểu 06)</translation>
    </message>
</context>
<context>
    <name>ProgressUpdateDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="171" />
        <source>Progress update</source>
        <translation>Cập nhật tiến độ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="174" />
        <source>What has been done so far</source>
        <translation>Những việc đã làm đến nay</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="181" />
        <source>e.g. 88/BC-STP</source>
        <translation>ví dụ 88/BC-STP</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="183" />
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="206" />
        <source>(no file)</source>
        <translation>(chưa có tệp)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="185" />
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="186" />
        <source>Remove file</source>
        <translation>Bỏ tệp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="193" />
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="194" />
        <source>Progress note:</source>
        <translation>Nội dung tiến độ:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="195" />
        <source>Percent done:</source>
        <translation>Tỷ lệ hoàn thành:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="196" />
        <source>Evidence document number:</source>
        <translation>Số, ký hiệu văn bản minh chứng:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="197" />
        <source>Evidence document date:</source>
        <translation>Ngày văn bản minh chứng:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="198" />
        <source>Attached file:</source>
        <translation>Tệp đính kèm:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_dialogs.py" line="210" />
        <source>Choose the evidence file</source>
        <translation>Chọn tệp minh chứng</translation>
    </message>
</context>
<context>
    <name>ProvinceForm</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/province_form_dialog.py" line="66" />
        <source>The province's Excel form</source>
        <translation>Biểu mẫu Excel của tỉnh</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/province_form_dialog.py" line="67" />
        <source>Excel workbooks (*.xlsx *.xls)</source>
        <translation>Bảng tính Excel (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/province_form_dialog.py" line="73" />
        <source>Save the filled form as</source>
        <translation>Lưu biểu đã điền thành</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/province_form_dialog.py" line="74" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/province_form_dialog.py" line="81" />
        <source>Save the filled form under another name: keep the province's original for the next period.</source>
        <translation>Hãy lưu biểu đã điền với tên khác: giữ bản gốc của tỉnh để điền kỳ sau.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/province_form_dialog.py" line="85" />
        <source>Could not fill the form</source>
        <translation>Không điền được biểu mẫu</translation>
    </message>
</context>
<context>
    <name>ReimportConflicts</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="46" />
        <source>Accept new content of task %1</source>
        <translation>Nhận nội dung mới cho nhiệm vụ %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="47" />
        <source>Keep stored content of task %1</source>
        <translation>Giữ nội dung cũ của nhiệm vụ %1</translation>
    </message>
</context>
<context>
    <name>ReimportConflictsDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="68" />
        <source>Tasks changed by a re-import</source>
        <translation>Nhiệm vụ thay đổi sau khi nhập lại kế hoạch</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="78" />
        <source>A re-imported plan file changed the text of tasks you have already recorded progress on. Your progress stays with the task whatever you choose; you can undo a choice (Ctrl+Z).</source>
        <translation>Tệp kế hoạch nhập lại đã thay đổi nội dung của nhiệm vụ mà anh/chị đã ghi tiến độ. Dù chọn cách nào, tiến độ vẫn thuộc nhiệm vụ đó; có thể hoàn tác lựa chọn (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="101" />
        <source>Accept the new content</source>
        <translation>Nhận nội dung mới</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="103" />
        <source>The task takes the new file's text and deadlines; progress stays</source>
        <translation>Nhiệm vụ lấy nội dung và thời hạn trong tệp mới; tiến độ được giữ nguyên</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="104" />
        <source>Keep the stored content</source>
        <translation>Giữ nội dung cũ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="106" />
        <source>The task keeps its text; the new file's version is set aside</source>
        <translation>Nhiệm vụ giữ nội dung đang lưu; bản trong tệp mới được bỏ qua</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="107" />
        <source>No task is waiting for review.</source>
        <translation>Không còn nhiệm vụ nào chờ xem xét.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="115" />
        <source>Stored content (words no longer in the new file are struck through):</source>
        <translation>Nội dung đang lưu (các từ không còn trong tệp mới bị gạch):</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="117" />
        <source>Progress recorded under it:</source>
        <translation>Tiến độ đã ghi cho nội dung này:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="119" />
        <source>Content in the new plan file (new words highlighted):</source>
        <translation>Nội dung trong tệp kế hoạch mới (các từ mới được tô màu):</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="134" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="191" />
        <source>Task %1 — text changed by the re-import of %2</source>
        <translation>Nhiệm vụ %1 — nội dung thay đổi khi nhập lại ngày %2</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="198" />
        <source>Deadline in the new file: %1 (stored: %2)</source>
        <translation>Thời hạn trong tệp mới: %1 (đang lưu: %2)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="204" />
        <source>None</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="207" />
        <source>Completed on %1</source>
        <translation>Hoàn thành ngày %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="209" />
        <source>Outcome: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="211" />
        <source>%1 progress updates</source>
        <translation>%1 lần cập nhật tiến độ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="213" />
        <source>, up to %1%</source>
        <translation>, cao nhất %1%</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="216" />
        <source>Latest note: %1</source>
        <translation>Ghi chú mới nhất: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/reimport_conflicts_dialog.py" line="218" />
        <source>Deadlines you set: %1</source>
        <translation>Hạn do cán bộ đặt: %1</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../tthc_desktop/ui/overview/reminders.py" line="58" />
        <source>Hide until tomorrow</source>
        <translation>Ẩn đến ngày mai</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <location filename="../tthc_desktop/ui/overview/reminders.py" line="194" />
        <source>%1 overdue tasks</source>
        <translation>%1 nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/reminders.py" line="197" />
        <source>%1 tasks due within 7 days</source>
        <translation>%1 nhiệm vụ đến hạn trong 7 ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/reminders.py" line="200" />
        <source>Show them</source>
        <translation>Xem danh sách</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/reminders.py" line="203" />
        <source>reports and requests: %1 overdue, %2 due within 7 days</source>
        <translation>báo cáo và yêu cầu báo cáo: %1 quá hạn, %2 đến hạn trong 7 ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/reminders.py" line="208" />
        <source>Check the days off and make-up days announced for %1</source>
        <translation>Kiểm tra ngày nghỉ, ngày làm bù đã công bố cho năm %1</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="87" />
        <source>Export PDF &amp;&amp; Excel…</source>
        <translation>Xuất PDF &amp;&amp; Excel…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="88" />
        <source>Write the report as PDF and its Excel forms (Ctrl+Shift+E)</source>
        <translation>Ghi báo cáo thành tệp PDF và các biểu Excel (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="89" />
        <location filename="../tthc_desktop/ui/reports/report_export.py" line="100" />
        <source>Export Word…</source>
        <translation>Xuất Word…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="90" />
        <source>Write the report as a Word document laid out like the PDF</source>
        <translation>Ghi báo cáo ra tệp Word trình bày như bản PDF</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="91" />
        <source>Sign digitally…</source>
        <translation>Ký số…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="92" />
        <source>Sign the PDF just exported, with its Excel forms</source>
        <translation>Ký tệp PDF vừa xuất, kèm các biểu Excel của báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="94" />
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="95" />
        <source>Print the report (Ctrl+P)</source>
        <translation>In báo cáo (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="97" />
        <source>Fill the province's form…</source>
        <translation>Điền biểu mẫu của tỉnh…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="98" />
        <source>Write this period's figures into the province's own .xlsx, leaving the rest of it as it is</source>
        <translation>Ghi số liệu của kỳ vào tệp .xlsx của tỉnh, giữ nguyên mọi phần khác của biểu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="100" />
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="105" />
        <source>State:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="117" />
        <source>Heading and signature block</source>
        <translation>Phần đầu văn bản và phần ký</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="120" />
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="130" />
        <source>Figures changed since last period</source>
        <translation>Số liệu thay đổi so với kỳ trước</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="137" />
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="138" />
        <source>Bring back the selected version (the current text stays in the history)</source>
        <translation>Lấy lại phiên bản đã chọn (nội dung hiện tại vẫn được giữ trong lịch sử)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="148" />
        <source>Saved versions</source>
        <translation>Các lần lưu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="154" />
        <source>Edit</source>
        <translation>Soạn thảo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="155" />
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="158" />
        <source>Outline</source>
        <translation>Đề cương</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="173" />
        <source>Opening paragraph</source>
        <translation>Đoạn mở đầu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="173" />
        <source>Closing paragraph</source>
        <translation>Đoạn kết</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="174" />
        <source>Letter body</source>
        <translation>Nội dung thư</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="174" />
        <source>Additional content</source>
        <translation>Nội dung thêm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="239" />
        <source>Carried forward from %1; figures changed since then: %2</source>
        <translation>Tiếp nối báo cáo %1; số liệu đã thay đổi: %2</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="248" />
        <source>No figure changed.</source>
        <translation>Không có số liệu nào thay đổi.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="269" />
        <source>Unsaved changes…</source>
        <translation>Có thay đổi chưa lưu…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="300" />
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="300" />
        <source>Warning</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="307" />
        <source>Checks: %1 errors, %2 warnings</source>
        <translation>Kiểm tra: %1 lỗi, %2 lưu ý</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="310" />
        <source>Checks: nothing to fix</source>
        <translation>Kiểm tra: không có gì cần sửa</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="348" />
        <source>Saved automatically at %1</source>
        <translation>Đã tự động lưu lúc %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="350" />
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="372" />
        <source>Version restored; the text before it is kept in the history.</source>
        <translation>Đã khôi phục phiên bản; nội dung trước đó vẫn được giữ trong lịch sử.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="385" />
        <source>Folder for the PDF and Excel files</source>
        <translation>Thư mục lưu tệp PDF và Excel</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="390" />
        <source>Replace the files?</source>
        <translation>Ghi đè các tệp?</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="391" />
        <source>The folder %1 already has files of this report. Replace them?</source>
        <translation>Thư mục %1 đã có các tệp của báo cáo này. Ghi đè?</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_export.py" line="39" />
        <source>The report is not complete</source>
        <translation>Báo cáo chưa đủ thông tin</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_export.py" line="40" />
        <source>Fix these before exporting:</source>
        <translation>Cần sửa trước khi xuất:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_export.py" line="83" />
        <source>Writing the PDF and Excel files…</source>
        <translation>Đang ghi tệp PDF và Excel…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_export.py" line="63" />
        <source>Could not export the report</source>
        <translation>Không xuất được báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_export.py" line="72" />
        <source>Written: %1 (%2 pages) and %3 Excel files</source>
        <translation>Đã ghi: %1 (%2 trang) và %3 tệp Excel</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_export.py" line="93" />
        <source>Word file of the report</source>
        <translation>Tệp Word của báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_export.py" line="95" />
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_export.py" line="100" />
        <source>Could not write the Word file</source>
        <translation>Không ghi được tệp Word</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_export.py" line="101" />
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_export.py" line="149" />
        <source>Signed: the submission is in “Submissions”.</source>
        <translation>Đã ký: hồ sơ nằm trong mục “Hồ sơ đã nộp”.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="428" />
        <source>The system could not open %1.</source>
        <translation>Hệ thống không mở được %1.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_editor.py" line="442" />
        <location filename="../tthc_desktop/ui/reports/report_export.py" line="123" />
        <source>Could not print the report</source>
        <translation>Không in được báo cáo</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="58" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="58" />
        <source>Period / case file</source>
        <translation>Kỳ / hồ sơ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="58" />
        <source>Last saved</source>
        <translation>Lưu lần cuối</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="58" />
        <source>Report state</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="65" />
        <source>Apology letter</source>
        <translation>Thư xin lỗi</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_preview_tab.py" line="59" />
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_preview_tab.py" line="53" />
        <source>No preview: %1</source>
        <translation>Chưa xem trước được: %1</translation>
    </message>
</context>
<context>
    <name>ReportRequestDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="51" />
        <source>Edit report request</source>
        <translation>Sửa yêu cầu báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="51" />
        <source>New report request</source>
        <translation>Yêu cầu báo cáo mới</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="52" />
        <source>e.g. 123/UBND-KSTT</source>
        <translation>ví dụ 123/UBND-KSTT</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="53" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="54" />
        <source>e.g. UBND tỉnh</source>
        <translation>ví dụ UBND tỉnh</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="55" />
        <source>What the document asks for</source>
        <translation>Trích yếu nội dung văn bản</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="56" />
        <source>2026-Q4, 2026-07, 2026-6T, 2026</source>
        <translation>2026-Q4, 2026-07, 2026-6T, 2026</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="57" />
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="58" />
        <source>from the period</source>
        <translation>theo kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="59" />
        <source>e.g. trước ngày 20/12/2026</source>
        <translation>ví dụ: trước ngày 20/12/2026</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="62" />
        <source>Report system</source>
        <translation>Hệ thống báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="62" />
        <source>E-document</source>
        <translation>Văn bản điện tử</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="63" />
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="69" />
        <source>Request document…</source>
        <translation>Văn bản yêu cầu…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="70" />
        <source>Outline…</source>
        <translation>Đề cương…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="71" />
        <source>Form…</source>
        <translation>Biểu mẫu…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="72" />
        <source>Remove file</source>
        <translation>Bỏ tệp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="76" />
        <source>Number/symbol</source>
        <translation>Số/ký hiệu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="76" />
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="77" />
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="77" />
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="78" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="78" />
        <source>Data from – to</source>
        <translation>Số liệu từ – đến</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="79" />
        <source>Deadline as written</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="80" />
        <source>Send by</source>
        <translation>Kênh gửi</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="80" />
        <source>Files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="82" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="82" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="112" />
        <source>Request document</source>
        <translation>Văn bản yêu cầu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="112" />
        <source>Outline</source>
        <translation>Đề cương</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="113" />
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="130" />
        <source>Type the deadline as the document writes it.</source>
        <translation>Ghi thời hạn đúng như văn bản ghi.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="139" />
        <source>Due %1 — %2</source>
        <translation>Hạn %1 — %2</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="146" />
        <source>Documents (*.pdf *.docx *.doc *.xlsx *.xls *.odt *.ods);;All files (*)</source>
        <translation>Văn bản (*.pdf *.docx *.doc *.xlsx *.xls *.odt *.ods);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_request_dialog.py" line="192" />
        <source>File not found: %1</source>
        <translation>Không tìm thấy tệp: %1</translation>
    </message>
</context>
<context>
    <name>ReportRequests</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="102" />
        <source>Add report request</source>
        <translation>Thêm yêu cầu báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="121" />
        <source>Edit report request</source>
        <translation>Sửa yêu cầu báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="143" />
        <source>Delete report request</source>
        <translation>Xóa yêu cầu báo cáo</translation>
    </message>
</context>
<context>
    <name>ReportRequestsPanel</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="166" />
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="240" />
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="289" />
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="307" />
        <source>Report requests</source>
        <translation>Yêu cầu báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="177" />
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="177" />
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="178" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="179" />
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="180" />
        <source>Write report</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="188" />
        <source>Create the report of the request's period and link it</source>
        <translation>Lập báo cáo của kỳ được yêu cầu và gắn với yêu cầu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="189" />
        <source>Standing reports…</source>
        <translation>Báo cáo định kỳ…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="190" />
        <source>The standing reports of the calendar; add your own</source>
        <translation>Các báo cáo định kỳ của lịch báo cáo; thêm báo cáo của đơn vị</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="218" />
        <source>Report requests: %1 overdue, %2 due within 7 days</source>
        <translation>Yêu cầu báo cáo: %1 quá hạn, %2 đến hạn trong 7 ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="281" />
        <source>No attached files</source>
        <translation>Không có tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="173" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="174" />
        <source>Write the periodic reports from your data, check them and export the official PDF and Excel forms.</source>
        <translation>Lập báo cáo định kỳ từ số liệu đã có, kiểm tra rồi xuất văn bản PDF và các biểu Excel.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="177" />
        <source>New report…</source>
        <translation>Báo cáo mới…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="178" />
        <source>Apology letter…</source>
        <translation>Thư xin lỗi…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="179" />
        <source>Deadlines…</source>
        <translation>Hạn gửi báo cáo…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="180" />
        <source>When each kind of report is due</source>
        <translation>Hạn gửi của từng loại báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="188" />
        <source>Double-click a report to write it</source>
        <translation>Nhấp đúp vào một báo cáo để lập</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="191" />
        <source>Reports written</source>
        <translation>Báo cáo đã lập</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="213" />
        <source>Choose a report on the left, or click “New report…”. A report due in the calendar opens with a double-click.</source>
        <translation>Chọn một báo cáo bên trái, hoặc bấm “Báo cáo mới…”. Nhấp đúp vào một báo cáo trong lịch để lập báo cáo đó.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="251" />
        <source>Report calendar: %1 overdue, %2 due in the next 45 days</source>
        <translation>Lịch báo cáo: %1 báo cáo quá hạn, %2 báo cáo đến hạn trong 45 ngày tới</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="255" />
        <source>Report calendar: %1 due in the next 45 days</source>
        <translation>Lịch báo cáo: %1 báo cáo đến hạn trong 45 ngày tới</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="54" />
        <source>Number</source>
        <translation>Số/ký hiệu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="54" />
        <source>Due date (status)</source>
        <translation>Hạn (tình trạng)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="54" />
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="54" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="55" />
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="58" />
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="58" />
        <source>due soon</source>
        <translation>sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="59" />
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_requests_panel.py" line="59" />
        <source>no date</source>
        <translation>chưa có hạn</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="100" />
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="103" />
        <source>Backups in %1. The current data is backed up first, so a restore can be undone.</source>
        <translation>Các bản sao lưu trong %1. Dữ liệu hiện tại được sao lưu trước, nên có thể hoàn tác việc khôi phục.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="110" />
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="113" />
        <source>Choose a backup file (.zip)…</source>
        <translation>Chọn tệp sao lưu (.zip)…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="116" />
        <source>A backup copied elsewhere, e.g. on a USB stick</source>
        <translation>Một bản sao lưu chép ở nơi khác, ví dụ trên USB</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="122" />
        <source>There is no backup yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="137" />
        <source>Choose a backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="137" />
        <source>Backups (*.zip)</source>
        <translation>Bản sao lưu (*.zip)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/backup/backup_dialogs.py" line="143" />
        <source>Not a backup</source>
        <translation>Không phải bản sao lưu</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_fields.py" line="147" />
        <source>Saved at</source>
        <translation>Thời điểm lưu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_fields.py" line="147" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="126" />
        <source>Report deadlines</source>
        <translation>Hạn gửi báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="129" />
        <source>Data are counted from the 15th of the month before the period to the 14th of its last month. Set when your province wants each report.</source>
        <translation>Số liệu tính từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ. Đặt hạn gửi từng loại báo cáo theo quy định của tỉnh.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="133" />
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="133" />
        <source>Working days</source>
        <translation>N (ngày làm việc)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="133" />
        <source>When due</source>
        <translation>Hạn gửi</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="134" />
        <source>Before day</source>
        <translation>X (ngày trong tháng)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="147" />
        <source>working days after the cut-off</source>
        <translation>N ngày làm việc sau ngày chốt số liệu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="148" />
        <source>before a day of the month</source>
        <translation>trước ngày X hằng tháng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="158" />
        <source>before the </source>
        <translation>trước ngày </translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="159" />
        <source> of each month</source>
        <translation> hằng tháng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_dialogs.py" line="166" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_fields.py" line="165" />
        <source>filled from the data</source>
        <translation>lấy từ số liệu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_fields.py" line="165" />
        <source>written by you</source>
        <translation>do cán bộ viết</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_fields.py" line="171" />
        <source>Reset to data</source>
        <translation>Lấy lại từ số liệu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_fields.py" line="173" />
        <source>Replace this text with the one written from the current figures</source>
        <translation>Thay nội dung này bằng đoạn viết từ số liệu hiện tại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_fields.py" line="175" />
        <source>⚠ Differs from the current data (edited, or the figures changed)</source>
        <translation>⚠ Khác với số liệu hiện tại (đã sửa tay, hoặc số liệu đã thay đổi)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/report_fields.py" line="178" />
        <source>⚠ Same as last period's report: did only the dates change?</source>
        <translation>⚠ Giống hệt báo cáo kỳ trước: có phải chỉ sửa ngày tháng?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/shell/settings_dialog.py" line="24" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/settings_dialog.py" line="32" />
        <source>Show reminders of overdue and due-soon tasks</source>
        <translation>Hiện nhắc việc về nhiệm vụ quá hạn và sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/settings_dialog.py" line="34" />
        <source>A new language takes effect the next time the app starts.</source>
        <translation>Ngôn ngữ mới có hiệu lực từ lần mở ứng dụng tiếp theo.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/settings_dialog.py" line="37" />
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/settings_dialog.py" line="42" />
        <source>Reminder days:</source>
        <translation>Ngày nhắc việc:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/settings_dialog.py" line="40" />
        <source>%1 days before the due date, and every day once overdue</source>
        <translation>%1 ngày trước hạn, và hằng ngày khi đã quá hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/settings_dialog.py" line="68" />
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/settings_dialog.py" line="76" />
        <source>Backup folder:</source>
        <translation>Thư mục sao lưu:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/settings_dialog.py" line="74" />
        <source>%1 (%2 backups)</source>
        <translation>%1 (%2 bản sao lưu)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/settings_dialog.py" line="78" />
        <source>Signature image:</source>
        <translation>Ảnh chữ ký:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/settings_dialog.py" line="79" />
        <source>Seal image:</source>
        <translation>Ảnh con dấu:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/settings_dialog.py" line="81" />
        <source>not chosen (choose it in the signing dialog)</source>
        <translation>chưa chọn (chọn trong hộp thoại ký số)</translation>
    </message>
</context>
<context>
    <name>ShortfallModel</name>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="45" />
        <source>Procedure</source>
        <translation>Tên thủ tục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="45" />
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="45" />
        <source>Procedure code</source>
        <translation>Mã TTHC</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="45" />
        <source>Cut in</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="45" />
        <source>In 2024</source>
        <translation>Năm 2024</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="46" />
        <source>Cut so far</source>
        <translation>Đã cắt giảm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="46" />
        <source>Still to cut</source>
        <translation>Cần cắt giảm thêm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="71" />
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="72" />
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/cuts_tab.py" line="72" />
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="89" />
        <source>Sign digitally</source>
        <translation>Ký số</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="103" />
        <source>Document: %1</source>
        <translation>Văn bản: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="105" />
        <source>Number: %1</source>
        <translation>Số văn bản: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="107" />
        <source>With %1 Excel forms: %2</source>
        <translation>Kèm %1 biểu Excel: %2</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="114" />
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="115" />
        <source>Certificate &amp;file (.pfx/.p12)</source>
        <translation>&amp;Tệp chứng thư số (.pfx/.p12)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="116" />
        <source>USB &amp;token</source>
        <translation>&amp;USB token</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="309" />
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="124" />
        <source>Searching for token drivers…</source>
        <translation>Đang tìm trình điều khiển token…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="125" />
        <source>Browse for driver…</source>
        <translation>Chọn trình điều khiển…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="127" />
        <source>Search again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="129" />
        <source>Look for installed token drivers again (after installing one)</source>
        <translation>Tìm lại các trình điều khiển token đã cài (sau khi cài thêm)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="136" />
        <source>&amp;List certificates</source>
        <translation>&amp;Liệt kê chứng thư</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="150" />
        <source>Entering a wrong PIN 3 times locks the token.</source>
        <translation>Nhập sai mã PIN 3 lần sẽ khóa token.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="155" />
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="157" />
        <source>Driver (PKCS#11):</source>
        <translation>Trình điều khiển (PKCS#11):</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="160" />
        <source>PIN / password:</source>
        <translation>Mã PIN / mật khẩu:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="164" />
        <source>Organisation signature with the seal (optional)</source>
        <translation>Chữ ký của cơ quan kèm con dấu (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="170" />
        <source>Organisation certificate file:</source>
        <translation>Tệp chứng thư số của cơ quan:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="171" />
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="174" />
        <source>Appearance</source>
        <translation>Hình thức chữ ký</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="179" />
        <source>Choose signature image…</source>
        <translation>Chọn ảnh chữ ký…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="181" />
        <source>Choose seal image…</source>
        <translation>Chọn ảnh con dấu…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="197" />
        <source>Move the signature right:</source>
        <translation>Dịch chữ ký sang phải:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="199" />
        <source>up:</source>
        <translation>lên trên:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="216" />
        <source>&amp;Sign</source>
        <translation>&amp;Ký</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="216" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="271" />
        <source>(no image)</source>
        <translation>(chưa có ảnh)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="295" />
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="296" />
        <source>Seal</source>
        <translation>Con dấu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="298" />
        <source>from the report layout</source>
        <translation>theo bố cục báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="298" />
        <source>default position</source>
        <translation>vị trí mặc định</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="300" />
        <source>Signature on page %1, %2 mm from the left, %3 mm from the bottom (%4).</source>
        <translation>Chữ ký ở trang %1, cách lề trái %2 mm, cách mép dưới %3 mm (%4).</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="314" />
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="315" />
        <source>Certificate files (*.pfx *.p12)</source>
        <translation>Tệp chứng thư số (*.pfx *.p12)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="326" />
        <source>No token driver found: browse for the DLL</source>
        <translation>Không tìm thấy trình điều khiển token: hãy chọn tệp DLL</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="330" />
        <source>Token driver</source>
        <translation>Trình điều khiển token</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="331" />
        <source>Drivers (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Trình điều khiển (*.dll *.so *.dylib);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="350" />
        <source>No token with a signing certificate was found. Plug in the token.</source>
        <translation>Không tìm thấy token có chứng thư số để ký. Hãy cắm token vào máy.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="354" />
        <source>The token is locked: contact your certificate provider.</source>
        <translation>Token đã bị khóa: hãy liên hệ nhà cung cấp chứng thư số.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="364" />
        <source>Image</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="364" />
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="389" />
        <source>Another signer</source>
        <translation>Người ký khác</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="390" />
        <source>The certificate belongs to “%1”, but the report is signed by “%2”. Sign anyway?</source>
        <translation>Chứng thư số là của “%1”, còn báo cáo ghi người ký là “%2”. Vẫn ký?</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="401" />
        <source>Replace the file?</source>
        <translation>Ghi đè tệp?</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="402" />
        <source>The file {0} already exists. Replace it with the newly signed file?</source>
        <translation>Tệp {0} đã có. Thay bằng tệp vừa ký?</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="416" />
        <source>Choose a certificate file or a token first.</source>
        <translation>Hãy chọn tệp chứng thư số hoặc token trước.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="419" />
        <source>Enter the PIN or password.</source>
        <translation>Hãy nhập mã PIN hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="438" />
        <source>Signing…</source>
        <translation>Đang ký số…</translation>
    </message>
</context>
<context>
    <name>StandingReportsDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="25" />
        <source>Standing reports</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="30" />
        <source>e.g. Báo cáo cải cách hành chính</source>
        <translation>ví dụ: Báo cáo cải cách hành chính</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="36" />
        <source> working days after the cut-off</source>
        <translation> ngày làm việc sau ngày chốt số liệu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="40" />
        <source>not used</source>
        <translation>không dùng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="41" />
        <source>before day </source>
        <translation>trước ngày </translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="46" />
        <source>end of the month (calendar months)</source>
        <translation>cuối tháng (theo tháng dương lịch)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="47" />
        <source>day </source>
        <translation>ngày </translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="48" />
        <source>The data runs from the next day of the month before to this day</source>
        <translation>Số liệu tính từ ngày kế tiếp của tháng trước đến ngày này</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="50" />
        <source>Add standing report</source>
        <translation>Thêm báo cáo định kỳ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="51" />
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="52" />
        <source>Report name</source>
        <translation>Tên báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="52" />
        <source>Kind of report</source>
        <translation>Loại báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="53" />
        <source>Data cut-off</source>
        <translation>Ngày chốt số liệu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="53" />
        <source>Due (rule)</source>
        <translation>Hạn gửi</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="54" />
        <source>or</source>
        <translation>hoặc</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="56" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="64" />
        <source>From the standing reports data file</source>
        <translation>Theo tệp dữ liệu báo cáo định kỳ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/reports/standing_reports_dialog.py" line="92" />
        <source>Only the standing reports you added can be removed.</source>
        <translation>Chỉ bỏ được các báo cáo định kỳ do cán bộ thêm.</translation>
    </message>
</context>
<context>
    <name>StartCard</name>
    <message>
        <location filename="../tthc_desktop/ui/widgets/start_card.py" line="24" />
        <source>Getting started</source>
        <translation>Bắt đầu</translation>
    </message>
</context>
<context>
    <name>StatsTab</name>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="47" />
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="47" />
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="48" />
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="48" />
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="49" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="58" />
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="60" />
        <source>Take figures from the previous period</source>
        <translation>Lấy số từ kỳ trước</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="62" />
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="63" />
        <source>Remove row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="64" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="65" />
        <source>Save the figures of this period (Ctrl+S)</source>
        <translation>Lưu số liệu của kỳ này (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="69" />
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="254" />
        <source>Unsaved figures</source>
        <translation>Số liệu chưa lưu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="255" />
        <source>The figures of %1 are not saved. Save them before switching?</source>
        <translation>Số liệu %1 chưa được lưu. Lưu trước khi chuyển kỳ?</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="160" />
        <source>%1: from %2 to %3</source>
        <translation>%1: từ ngày %2 đến ngày %3</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="178" />
        <source>row %1 (%2)</source>
        <translation>dòng %1 (%2)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="186" />
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="192" />
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="187" />
        <source>Choose the level (Cấp) of: %1.</source>
        <translation>Hãy chọn Cấp cho: %1.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="195" />
        <source>Saved %1: %2 added, %3 changed, %4 removed.</source>
        <translation>Đã lưu %1: thêm %2, sửa %3, xóa %4 dòng.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="198" />
        <source>Some checks still fail: the cells are marked red.</source>
        <translation>Vẫn còn lỗi kiểm tra: các ô sai được tô đỏ.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="206" />
        <source>Cannot read the file</source>
        <translation>Không đọc được tệp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="210" />
        <source>Row %1</source>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="213" />
        <source>%1 rows read from %2; check them and press Save.</source>
        <translation>Đọc được %1 dòng từ tệp %2; hãy kiểm tra rồi bấm Lưu.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="221" />
        <source>%1 has no saved figures to carry over.</source>
        <translation>%1 chưa có số liệu đã lưu để chuyển sang.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="225" />
        <source>Column 6 filled from the in-progress files (column 11) of %1: %2 rows changed.</source>
        <translation>Đã điền cột 6 (từ kỳ trước) bằng số hồ sơ đang giải quyết (cột 11) của %1: %2 dòng thay đổi.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="231" />
        <source>Choose the one-stop system export</source>
        <translation>Chọn tệp Excel xuất từ hệ thống một cửa</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="232" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="285" />
        <source>All checks pass (3 = 4 + 5 + 6; 7 = 8 + 9 + 10; 11 = 12 + 13; 3 = 7 + 11).</source>
        <translation>Số liệu khớp các điều kiện kiểm tra (3 = 4 + 5 + 6; 7 = 8 + 9 + 10; 11 = 12 + 13; 3 = 7 + 11).</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/procedures/stats_page.py" line="290" />
        <source>&lt;b&gt;Whole unit:&lt;/b&gt; on time %1 · online %2 · overdue files %3</source>
        <translation>&lt;b&gt;Toàn đơn vị:&lt;/b&gt; tỷ lệ đúng hạn %1 · tỷ lệ trực tuyến %2 · số hồ sơ quá hạn %3</translation>
    </message>
</context>
<context>
    <name>StatusDonut</name>
    <message>
        <location filename="../tthc_desktop/ui/widgets/status_chart.py" line="70" />
        <source>tasks</source>
        <translation>nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>SubmissionsModel</name>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="82" />
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="82" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="82" />
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="82" />
        <source>Signed at</source>
        <translation>Thời gian ký</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="83" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="83" />
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="86" />
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="86" />
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
</context>
<context>
    <name>SubmissionsPage</name>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="112" />
        <source>Mark submission sent</source>
        <translation>Đánh dấu hồ sơ đã gửi</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="169" />
        <source>Submissions</source>
        <translation>Hồ sơ đã nộp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="186" />
        <source>&amp;Sign a PDF…</source>
        <translation>&amp;Ký tệp PDF…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="187" />
        <source>&amp;Verify again</source>
        <translation>Kiểm tra &amp;lại chữ ký</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="188" />
        <source>&amp;Open file</source>
        <translation>&amp;Mở tệp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="189" />
        <source>&amp;Mark as sent…</source>
        <translation>Đánh dấu đã &amp;gửi…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="190" />
        <source>&amp;Build the package…</source>
        <translation>Đóng &amp;gói hồ sơ…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="191" />
        <source>Open &amp;package folder</source>
        <translation>Mở thư mục &amp;gói hồ sơ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="192" />
        <source>&amp;Trusted certificates…</source>
        <translation>Chứng thư &amp;tin cậy…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="224" />
        <source>%1 signed submissions: %2 not sent yet, %3 sent.</source>
        <translation>%1 hồ sơ đã ký: %2 chưa gửi, %3 đã gửi.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="228" />
        <source>No signed submission yet. Sign a report to see it here.</source>
        <translation>Chưa có hồ sơ nào được ký. Hãy ký một báo cáo để hồ sơ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="276" />
        <source>File not found: %1</source>
        <translation>Không tìm thấy tệp: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="283" />
        <source>The system could not open %1. Open it yourself from that location.</source>
        <translation>Hệ thống không mở được %1. Hãy tự mở từ vị trí đó.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="287" />
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="304" />
        <source>Folder for the package</source>
        <translation>Thư mục ghi gói hồ sơ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="309" />
        <source>Replace the file?</source>
        <translation>Ghi đè tệp?</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="310" />
        <source>The file %1 already exists. Replace it?</source>
        <translation>Tệp %1 đã có. Thay thế tệp này?</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="317" />
        <source>Building the package…</source>
        <translation>Đang đóng gói hồ sơ…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="318" />
        <source>Could not build the package</source>
        <translation>Không đóng gói được hồ sơ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="319" />
        <source>Package written: %1</source>
        <translation>Đã đóng gói hồ sơ: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="354" />
        <source>PDF to sign</source>
        <translation>Chọn tệp PDF cần ký</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="354" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="359" />
        <source>Signed, with a warning</source>
        <translation>Đã ký, có cảnh báo</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="170" />
        <source>2. Choose the task table</source>
        <translation>2. Chọn bảng nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="171" />
        <source>Tables where a task header was recognised are marked ✓.</source>
        <translation>Bảng nhận diện được tiêu đề bảng nhiệm vụ được đánh dấu ✓.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/plan_import_wizard.py" line="188" />
        <source>%1%2 — %3 rows</source>
        <translation>%1%2 — %3 dòng</translation>
    </message>
</context>
<context>
    <name>TaskBriefModel</name>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="60" />
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="60" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="60" />
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="60" />
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="82" />
        <source>%1 days late</source>
        <translation>Quá hạn %1 ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="83" />
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/overview/dashboard_page.py" line="83" />
        <source>%1 days left</source>
        <translation>Còn %1 ngày</translation>
    </message>
</context>
<context>
    <name>TaskDetailPanel</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="123" />
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="237" />
        <source>Select a task to see its details.</source>
        <translation>Chọn một nhiệm vụ để xem chi tiết.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="135" />
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="136" />
        <source>Lead:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="137" />
        <source>Coordinating:</source>
        <translation>Phối hợp:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="138" />
        <source>Expected product:</source>
        <translation>Sản phẩm dự kiến:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="139" />
        <source>Deadline (as written):</source>
        <translation>Thời hạn (nguyên văn):</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="140" />
        <source>Due dates:</source>
        <translation>Ngày hạn:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="141" />
        <source>How it was read:</source>
        <translation>Cách hiểu thời hạn:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="143" />
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="145" />
        <source>Confirm/Edit due dates…</source>
        <translation>Xác nhận/Sửa hạn…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="146" />
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="267" />
        <source>Mark continuous</source>
        <translation>Đánh dấu thường xuyên</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="147" />
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="265" />
        <source>Mark done…</source>
        <translation>Hoàn thành…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="148" />
        <source>Extension…</source>
        <translation>Gia hạn…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="149" />
        <source>Add progress…</source>
        <translation>Thêm tiến độ…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="150" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="181" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="182" />
        <source>Save a copy…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="183" />
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="184" />
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="479" />
        <source>Delete update</source>
        <translation>Xóa cập nhật</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="193" />
        <source>Progress timeline</source>
        <translation>Diễn biến tiến độ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="238" />
        <source>This task no longer exists (it may have been deleted).</source>
        <translation>Nhiệm vụ này không còn tồn tại (có thể đã bị xóa).</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="244" />
        <source>Task %1</source>
        <translation>Nhiệm vụ %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="253" />
        <source>Signed by:</source>
        <translation>Ký số:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="265" />
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="266" />
        <source>Not continuous</source>
        <translation>Bỏ thường xuyên</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="282" />
        <source>%1 days overdue (due %2)</source>
        <translation>Quá hạn %1 ngày (hạn %2)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="285" />
        <source>Due today</source>
        <translation>Hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="286" />
        <source>%1 days left (due %2)</source>
        <translation>Còn %1 ngày (hạn %2)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="293" />
        <source>%1 (from the plan)</source>
        <translation>%1 (theo kế hoạch)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="295" />
        <source>%1 (set by the officer)</source>
        <translation>%1 (cán bộ đặt)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="297" />
        <source>%1 (extended by %2)</source>
        <translation>%1 (gia hạn theo %2)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="302" />
        <source>recurring, %1 occurrences</source>
        <translation>định kỳ, %1 lần</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="304" />
        <source>next %1</source>
        <translation>lần tới %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="307" />
        <source>continuous (no fixed date)</source>
        <translation>thường xuyên (không có ngày cố định)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="309" />
        <source>needs a date: none could be read from the deadline text</source>
        <translation>cần đặt hạn: không đọc được ngày nào từ thời hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="314" />
        <source>not done yet</source>
        <translation>chưa hoàn thành</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="315" />
        <source>done on %1</source>
        <translation>hoàn thành ngày %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="328" />
        <source>%1 — task %2</source>
        <translation>%1 — nhiệm vụ %2</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="332" />
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="343" />
        <source>Mark task %1 done</source>
        <translation>Ghi hoàn thành nhiệm vụ %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="349" />
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="408" />
        <source>Delete task %1 with its sub-tasks, due dates and progress updates? You can undo this with Ctrl+Z.</source>
        <translation>Xóa nhiệm vụ %1 cùng các nhiệm vụ con, ngày hạn và cập nhật tiến độ? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="410" />
        <source>Delete task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="440" />
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="444" />
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="445" />
        <source>The system could not open %1. Open it yourself from that location, or use "Save a copy…".</source>
        <translation>Hệ thống không mở được %1. Hãy tự mở từ vị trí đó, hoặc dùng "Lưu bản sao…".</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="459" />
        <source>Cannot save a copy</source>
        <translation>Không lưu được bản sao</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="479" />
        <source>Delete the progress update of %1?</source>
        <translation>Xóa cập nhật tiến độ ngày %1?</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="492" />
        <source>Save a copy of the attached file</source>
        <translation>Lưu bản sao tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="85" />
        <source>Search tasks (no diacritics needed)…</source>
        <translation>Tìm nhiệm vụ (gõ không dấu cũng được)…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="95" />
        <source>Lead and coordinating</source>
        <translation>Chủ trì và phối hợp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="95" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="95" />
        <source>Coordinating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="95" />
        <source>All roles</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="100" />
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="103" />
        <source>No longer in the new plan</source>
        <translation>Không còn trong kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="106" />
        <source>Due within</source>
        <translation>Đến hạn trong</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="112" />
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="113" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="115" />
        <source>Needs a date</source>
        <translation>Cần đặt hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="117" />
        <source>Group by plan/section</source>
        <translation>Nhóm theo kế hoạch/mục</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="119" />
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="126" />
        <source>Search:</source>
        <translation>Tìm:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="130" />
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="130" />
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="131" />
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="131" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="170" />
        <source>All plans</source>
        <translation>Tất cả kế hoạch</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="175" />
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="205" />
        <source>plan</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="205" />
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="206" />
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="210" />
        <source>role</source>
        <translation>vai trò</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="213" />
        <source>due within %1 days</source>
        <translation>đến hạn trong %1 ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_filter_bar.py" line="219" />
        <source>search "%1"</source>
        <translation>tìm "%1"</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="255" />
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="255" />
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="255" />
        <source>Lead agency</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="255" />
        <source>Coordinating agencies</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="256" />
        <source>Deadline</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="256" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="256" />
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="328" />
        <source>Plan %1</source>
        <translation>Kế hoạch %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="360" />
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="383" />
        <source>No longer in the new plan</source>
        <translation>Không còn trong kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="366" />
        <source>Completed on %1</source>
        <translation>Hoàn thành ngày %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="372" />
        <source>Continuous</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="374" />
        <source>Needs a date</source>
        <translation>Cần đặt hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="377" />
        <source>(extended)</source>
        <translation>(gia hạn)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="388" />
        <source>%1 days late</source>
        <translation>Quá hạn %1 ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="390" />
        <source>Due today</source>
        <translation>Hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="392" />
        <source>%1 days left</source>
        <translation>Còn %1 ngày</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_table_model.py" line="408" />
        <source>Extended; original deadline %1</source>
        <translation>Đã gia hạn; hạn ban đầu %1</translation>
    </message>
</context>
<context>
    <name>TaskUndo</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_undo.py" line="51" />
        <source>Mark task done</source>
        <translation>Đánh dấu hoàn thành</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_undo.py" line="57" />
        <source>Reopen task</source>
        <translation>Mở lại nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_undo.py" line="63" />
        <source>Change outcome</source>
        <translation>Sửa kết quả thực hiện</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_undo.py" line="69" />
        <source>Set due dates</source>
        <translation>Đặt ngày hạn</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_undo.py" line="75" />
        <source>Mark task continuous</source>
        <translation>Đánh dấu nhiệm vụ thường xuyên</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_undo.py" line="82" />
        <source>Record extension</source>
        <translation>Gia hạn nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_undo.py" line="89" />
        <source>Add progress update</source>
        <translation>Thêm tiến độ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_undo.py" line="96" />
        <source>Edit progress update</source>
        <translation>Sửa cập nhật tiến độ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_undo.py" line="102" />
        <source>Delete progress update</source>
        <translation>Xóa cập nhật tiến độ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_undo.py" line="110" />
        <source>Delete task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="87" />
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="90" />
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="159" />
        <source>Import plan…</source>
        <translation>Nhập kế hoạch…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="92" />
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="95" />
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="91" />
        <source>Import a plan's task table (Ctrl+I)</source>
        <translation>Nhập bảng nhiệm vụ của một kế hoạch (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="93" />
        <source>Save the tasks listed below as an Excel file (Ctrl+E)</source>
        <translation>Lưu danh sách nhiệm vụ đang hiển thị ra tệp Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="113" />
        <source>✕ Clear filters</source>
        <translation>✕ Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="149" />
        <source>Select a task to see its details.</source>
        <translation>Chọn một nhiệm vụ để xem chi tiết.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="157" />
        <source>Enter your unit's name and level (once).</source>
        <translation>Nhập tên và cấp của đơn vị (một lần).</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="157" />
        <source>Unit information…</source>
        <translation>Thông tin đơn vị…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="159" />
        <source>Import the task table of a plan (.docx, .xlsx or text).</source>
        <translation>Nhập bảng nhiệm vụ của một kế hoạch (.docx, .xlsx hoặc văn bản).</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="305" />
        <source>Export failed</source>
        <translation>Không xuất được tệp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="306" />
        <source>Could not write %1:
%2</source>
        <translation>Không ghi được tệp %1:
%2</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="294" />
        <source>Export finished</source>
        <translation>Đã xuất tệp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="295" />
        <source>Exported %1 tasks to %2.</source>
        <translation>Đã xuất %1 nhiệm vụ ra tệp %2.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="301" />
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="311" />
        <source>Export tasks to Excel</source>
        <translation>Xuất danh sách nhiệm vụ ra Excel</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="312" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="320" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="362" />
        <source>Filtering: %1</source>
        <translation>Đang lọc: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/tasks_page.py" line="378" />
        <source>Showing %1 / %2 tasks</source>
        <translation>Hiển thị %1 / %2 nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>TokenCertModel</name>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="57" />
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="57" />
        <source>Certificate holder</source>
        <translation>Chủ chứng thư</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="57" />
        <source>Issued by</source>
        <translation>Đơn vị cấp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="57" />
        <source>Valid</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="58" />
        <source>Key usage</source>
        <translation>Mục đích sử dụng khóa</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/sign_dialog.py" line="73" />
        <source>(expired)</source>
        <translation>(hết hạn)</translation>
    </message>
</context>
<context>
    <name>TrustStoreDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="52" />
        <source>Trusted certificates</source>
        <translation>Chứng thư số tin cậy</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="55" />
        <source>Signatures are shown as trusted only when their certificate chains to one of these root certificates. Nothing is trusted by default.</source>
        <translation>Chữ ký chỉ được coi là tin cậy khi chứng thư số của người ký được cấp từ một trong các chứng thư gốc dưới đây. Mặc định không tin cậy chứng thư nào.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="62" />
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="63" />
        <source>Trust the &amp;issuer of a signed document…</source>
        <translation>Tin cậy đơn vị cấp chứng thư của người ký &amp;tài liệu…</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="65" />
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="66" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="87" />
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="116" />
        <source>Imported %1 certificate(s).</source>
        <translation>Đã nhập %1 chứng thư số.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="99" />
        <source>%1 is not a PDF with readable signatures.</source>
        <translation>Tệp %1 không phải PDF có chữ ký đọc được.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="102" />
        <source>The document does not carry its signer's issuer: import the root certificate from a file instead.</source>
        <translation>Tài liệu không kèm chứng thư của đơn vị cấp chứng thư cho người ký: hãy nhập chứng thư gốc từ tệp.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="109" />
        <source>Trust %1?

SHA-256 fingerprint:
%2

Compare it with the fingerprint published by the issuer before accepting.</source>
        <translation>Tin cậy %1?

Dấu vân tay SHA-256:
%2

Đối chiếu với dấu vân tay do đơn vị cấp chứng thư công bố trước khi đồng ý.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="122" />
        <source>Signed document</source>
        <translation>Tài liệu đã ký</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="122" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="132" />
        <source>Removed: %1</source>
        <translation>Đã xóa: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="138" />
        <source>Import a certificate</source>
        <translation>Nhập chứng thư số</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="139" />
        <source>Certificates (*.cer *.crt *.pem *.der *.p7b);;All files (*)</source>
        <translation>Chứng thư số (*.cer *.crt *.pem *.der *.p7b);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>TrustTableModel</name>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="35" />
        <source>Certificate</source>
        <translation>Chứng thư số</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="35" />
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="35" />
        <source>Issued by</source>
        <translation>Đơn vị cấp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/trust_store_dialog.py" line="35" />
        <source>Valid</source>
        <translation>Hiệu lực</translation>
    </message>
</context>
<context>
    <name>UnitDetailsForm</name>
    <message>
        <location filename="../tthc_desktop/ui/shell/unit_details_form.py" line="22" />
        <source>e.g. Dong Thap Provincial People's Committee</source>
        <translation>ví dụ: UBND tỉnh Đồng Tháp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/unit_details_form.py" line="24" />
        <source>e.g. Dong Thap</source>
        <translation>ví dụ: Đồng Tháp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/unit_details_form.py" line="26" />
        <source>e.g. STP (reports are numbered …/BC-STP)</source>
        <translation>ví dụ: STP (báo cáo có số …/BC-STP)</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/unit_details_form.py" line="29" />
        <source>e.g. Director</source>
        <translation>ví dụ: Giám đốc</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/unit_details_form.py" line="33" />
        <source>empty when the head signs; e.g. KT. DIRECTOR</source>
        <translation>để trống khi thủ trưởng ký; ví dụ: KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/unit_details_form.py" line="35" />
        <source>One recipient per line, e.g. Department of Justice</source>
        <translation>Mỗi dòng một nơi nhận, ví dụ: Sở Tư pháp</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/unit_details_form.py" line="39" />
        <source>Governing body:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/unit_details_form.py" line="40" />
        <source>Place name:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/unit_details_form.py" line="41" />
        <source>Abbreviation:</source>
        <translation>Ký hiệu:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/unit_details_form.py" line="42" />
        <source>Usual signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/unit_details_form.py" line="43" />
        <source>Signer's position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/unit_details_form.py" line="44" />
        <source>Signing authority:</source>
        <translation>Quyền hạn ký:</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/unit_details_form.py" line="45" />
        <source>Default recipients:</source>
        <translation>Nơi nhận mặc định:</translation>
    </message>
</context>
<context>
    <name>UpcomingReports</name>
    <message>
        <location filename="../tthc_desktop/ui/reports/reports_page.py" line="371" />
        <source>Reports due soon: %1 overdue, %2 in the next 45 days</source>
        <translation>Báo cáo sắp đến hạn: %1 quá hạn, %2 đến hạn trong 45 ngày tới</translation>
    </message>
</context>
<context>
    <name>UpdatesModel</name>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="73" />
        <source>Progress updates</source>
        <translation>Cập nhật tiến độ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="84" />
        <source>dated %1</source>
        <translation>ngày %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="85" />
        <source>Evidence: %1</source>
        <translation>Minh chứng: %1</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/tasks/task_detail_panel.py" line="87" />
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="16" />
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="29" />
        <source>1. Set up once</source>
        <translation>1. Thiết lập một lần</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="30" />
        <source>File → Unit information: the name and level of your unit and the officer's name. They head every report.</source>
        <translation>Tệp → Thông tin đơn vị: tên và cấp của đơn vị, họ tên cán bộ đầu mối. Các thông tin này đứng ở đầu mọi báo cáo.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="32" />
        <source>2. Import a plan</source>
        <translation>2. Nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="33" />
        <source>File → Import a plan (Ctrl+I): choose the .docx, .xlsx or text file of the plan, check the task table and the role of your unit on each row, then press Import.</source>
        <translation>Tệp → Nhập kế hoạch (Ctrl+I): chọn tệp .docx, .xlsx hoặc văn bản của kế hoạch, kiểm tra bảng nhiệm vụ và vai trò của đơn vị ở từng dòng, rồi bấm Nhập.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="35" />
        <source>3. Track the tasks</source>
        <translation>3. Theo dõi nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="36" />
        <source>Tasks page: filter by plan, status or role; select a task to record progress (Ctrl+U) or its completion with the evidence document (Ctrl+D). Edit → Undo takes back the last change.</source>
        <translation>Trang Nhiệm vụ: lọc theo kế hoạch, tình trạng hoặc vai trò; chọn một nhiệm vụ để ghi tiến độ (Ctrl+U) hoặc ghi hoàn thành kèm văn bản chứng minh (Ctrl+D). Chỉnh sửa → Hoàn tác để bỏ thay đổi vừa làm.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="38" />
        <source>4. Procedures</source>
        <translation>4. Thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="39" />
        <source>Administrative procedures page: import the catalogue from Excel or add procedures one by one, record the cuts in time and cost, and fill form 06 with the case-file figures.</source>
        <translation>Trang Thủ tục hành chính: nhập danh mục từ Excel hoặc thêm từng thủ tục, ghi việc cắt giảm thời gian và chi phí, và điền biểu 06 với số liệu hồ sơ.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="41" />
        <source>5. Reports</source>
        <translation>5. Báo cáo</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="42" />
        <source>Reports page: choose the period, check the figures and the text, look at the preview, then export PDF and Excel, sign, and keep the submission package.</source>
        <translation>Trang Báo cáo: chọn kỳ báo cáo, kiểm tra số liệu và nội dung, xem trước, rồi xuất PDF và Excel, ký số và lưu gói hồ sơ gửi đi.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="44" />
        <source>6. Backups</source>
        <translation>6. Sao lưu</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="45" />
        <source>A backup is made every day and when you close the app after a change. File → Back up now makes one at once; File → Restore goes back to an earlier one, also from a .zip on a USB stick.</source>
        <translation>Ứng dụng tự sao lưu mỗi ngày và khi đóng ứng dụng sau khi có thay đổi. Tệp → Sao lưu ngay để sao lưu tức thì; Tệp → Khôi phục để quay lại một bản trước đây, kể cả từ tệp .zip trên USB.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="49" />
        <source>Your data is in %1. The backups are in %2.</source>
        <translation>Dữ liệu của bạn nằm trong %1. Các bản sao lưu nằm trong %2.</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="52" />
        <source>Using TTHC Desktop</source>
        <translation>Sử dụng TTHC Desktop</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/shell/user_guide_dialog.py" line="52" />
        <source>Where the data lives</source>
        <translation>Dữ liệu được lưu ở đâu</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="150" />
        <source>Signature verification</source>
        <translation>Kiểm tra chữ ký số</translation>
    </message>
    <message>
        <location filename="../tthc_desktop/ui/submissions/submissions_page.py" line="153" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
</TS>