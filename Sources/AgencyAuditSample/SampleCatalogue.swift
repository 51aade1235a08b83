/// The fixed vocabulary of the sample store: items, people's names, places.
enum SampleCatalogue {
    struct Item {
        let title: String
        let cents: Int
        let weight: Double
    }

    static let items: [Item] = [
        Item(title: "2025秋季新款法式复古碎花连衣裙女收腰显瘦长裙", cents: 23_900, weight: 14),
        Item(title: "高腰阔腿牛仔裤女宽松垂感拖地裤", cents: 12_900, weight: 12),
        Item(title: "纯棉短袖T恤女宽松百搭上衣", cents: 5_900, weight: 16),
        Item(title: "小香风针织开衫外套女早秋新款", cents: 19_900, weight: 8),
        Item(title: "真丝缎面衬衫女长袖法式通勤", cents: 29_900, weight: 6),
        Item(title: "半身裙女中长款A字百褶裙", cents: 13_900, weight: 9),
        Item(title: "西装外套女休闲韩版宽松小个子", cents: 35_900, weight: 5),
        Item(title: "冰丝防晒衣女夏季长袖外套", cents: 8_900, weight: 10),
        Item(title: "羊毛混纺阔腿裤女秋冬加厚", cents: 18_900, weight: 6),
        Item(title: "蕾丝打底衫女内搭长袖上衣", cents: 6_900, weight: 9),
        Item(title: "格子衬衫连衣裙女收腰中长款", cents: 26_900, weight: 5),
        Item(title: "运动套装女春秋卫衣两件套", cents: 39_900, weight: 4),
        Item(title: "【9.9包邮】冰丝防晒袖套女夏季薄款", cents: 990, weight: 3),
    ]
    static let cheapItem = items.count - 1

    static let surnames = Array(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    ).map(String.init)
    static let givenChars = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红玲梅鹏飞琳雪婷慧颖晨欣怡佳琪梦瑶子涵雨轩浩宇晓燕丹丹").map(String.init)
    static let nickWords = [
        "小鹿爱吃糖", "momo酱", "晴天娃娃", "橘子汽水", "一只胖猫", "追风少女", "lily_cc", "阿紫", "糖糖不甜", "夏天的风", "喵了个咪", "木子李",
    ]

    struct Place {
        let province: String
        let city: String
        let district: String
        let postcode: String
        let roads: [String]
    }

    static let places: [Place] = [
        Place(province: "浙江省", city: "杭州市", district: "西湖区", postcode: "310012", roads: ["文三路", "教工路", "古墩路", "天目山路"]),
        Place(province: "浙江省", city: "杭州市", district: "余杭区", postcode: "311121", roads: ["文一西路", "五常大道", "良睦路"]),
        Place(province: "浙江省", city: "宁波市", district: "鄞州区", postcode: "315100", roads: ["天童南路", "中山东路", "四明中路"]),
        Place(province: "江苏省", city: "南京市", district: "鼓楼区", postcode: "210008", roads: ["中山路", "北京西路", "湖南路"]),
        Place(province: "江苏省", city: "苏州市", district: "工业园区", postcode: "215021", roads: ["星湖街", "现代大道", "金鸡湖大道"]),
        Place(province: "广东省", city: "广州市", district: "天河区", postcode: "510620", roads: ["体育西路", "天河路", "黄埔大道西"]),
        Place(province: "广东省", city: "深圳市", district: "南山区", postcode: "518057", roads: ["科技园南路", "南海大道", "深南大道"]),
        Place(province: "四川省", city: "成都市", district: "武侯区", postcode: "610041", roads: ["人民南路", "科华北路", "武侯祠大街"]),
        Place(province: "湖北省", city: "武汉市", district: "江汉区", postcode: "430015", roads: ["解放大道", "建设大道", "新华路"]),
        Place(province: "山东省", city: "济南市", district: "历下区", postcode: "250011", roads: ["泉城路", "经十路", "山大路"]),
        Place(province: "福建省", city: "厦门市", district: "思明区", postcode: "361001", roads: ["厦禾路", "湖滨南路", "莲前东路"]),
        Place(province: "河南省", city: "郑州市", district: "金水区", postcode: "450003", roads: ["花园路", "农业路", "经三路"]),
        Place(province: "上海", city: "上海市", district: "浦东新区", postcode: "200120", roads: ["世纪大道", "张杨路", "浦东南路"]),
        Place(province: "北京", city: "北京市", district: "朝阳区", postcode: "100020", roads: ["建国路", "朝阳北路", "东三环中路"]),
        Place(province: "湖南省", city: "长沙市", district: "岳麓区", postcode: "410006", roads: ["麓山南路", "枫林一路", "岳麓大道"]),
    ]

    static let notes = ["请尽快发货，谢谢", "麻烦发顺丰,到付也可以", "送人的，不要放发票", "尺码选\"M\"，要偏大一点", "家里没人，\n请放快递柜", "包装好一点,谢谢老板"]
    /// Notes with a comma, a double quote and a line break: one of each the CSV writer must quote.
    static let awkwardNotes = ["麻烦发顺丰,到付也可以", "尺码选\"M\"，要偏大一点", "家里没人，\n请放快递柜"]
    static let carriers = ["中通快递", "圆通速递", "韵达快递", "顺丰速运"]

    /// Traffic sources: 一级来源, 二级来源, typical visitors per day for a 50-orders-a-day store, conversion weight.
    struct Source {
        let group: String
        let name: String
        let visitors: Double
        let conversion: Double
    }

    static let sources: [Source] = [
        Source(group: "淘内免费", name: "手淘搜索", visitors: 600, conversion: 1.2),
        Source(group: "淘内免费", name: "手淘推荐", visitors: 450, conversion: 0.7),
        Source(group: "淘内免费", name: "手淘其他店铺", visitors: 90, conversion: 0.6),
        Source(group: "付费流量", name: "直通车", visitors: 300, conversion: 1.3),
        Source(group: "付费流量", name: "万相台", visitors: 220, conversion: 1.0),
        Source(group: "付费流量", name: "淘宝客", visitors: 60, conversion: 1.5),
        Source(group: "自主访问", name: "购物车", visitors: 130, conversion: 3.0),
        Source(group: "自主访问", name: "我的淘宝", visitors: 80, conversion: 1.8),
        Source(group: "自主访问", name: "直接访问", visitors: 60, conversion: 1.0),
        Source(group: "其他来源", name: "其他来源", visitors: 40, conversion: 0.5),
    ]

    struct Campaign {
        let id: String
        let name: String
        let scene: String
        let spend: Double
        let roi: Double
    }

    static let campaigns: [Campaign] = [
        Campaign(id: "30001", name: "连衣裙-关键词推广", scene: "关键词推广", spend: 150, roi: 3.5),
        Campaign(id: "30002", name: "防晒袖套-拉新快", scene: "人群推广", spend: 80, roi: 2.8),
        Campaign(id: "30003", name: "全店-货品加速", scene: "货品运营", spend: 110, roi: 3.1),
    ]
}
